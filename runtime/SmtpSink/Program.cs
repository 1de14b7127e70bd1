using Ecommerce.SmtpSink;

// Development SMTP server: keeps mail in memory and serves it over HTTP (see README in this folder).
var configuration = new ConfigurationBuilder().AddEnvironmentVariables("SMTPSINK_").AddCommandLine(args).Build();
await using var server = await SmtpSinkServer.StartAsync(SmtpSinkOptions.FromConfiguration(configuration), args);
await server.WaitForShutdownAsync();
