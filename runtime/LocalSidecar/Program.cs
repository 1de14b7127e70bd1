using Ecommerce.LocalSidecar.Hosting;

// A development stand-in for daprd; see Hosting/SidecarCommandLine for the flags.
return await LocalSidecarProgram.RunAsync(args);
