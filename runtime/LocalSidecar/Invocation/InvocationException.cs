namespace Ecommerce.LocalSidecar.Invocation;

/// <summary>The invocation could not reach the target app (daprd's ERR_DIRECT_INVOKE).</summary>
public sealed class InvocationException(string message) : Exception(message);
