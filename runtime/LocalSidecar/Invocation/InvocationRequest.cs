namespace Ecommerce.LocalSidecar.Invocation;

/// <summary>One service invocation: the target app id, its method (path) with query string, and the request.</summary>
public sealed record InvocationRequest(
    string AppId,
    string Method,
    string Query,
    HttpMethod Verb,
    IReadOnlyList<KeyValuePair<string, string[]>> Headers,
    byte[] Body,
    string? ContentType);
