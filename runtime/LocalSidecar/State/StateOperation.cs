namespace Ecommerce.LocalSidecar.State;

/// <summary>An upsert (Value set) or delete (Value null) of one store key, with the caller's ETag and options.
/// <see cref="IsJson"/>: the caller said <c>contentType: application/json</c>, so daprd hands the store a JSON
/// document rather than bytes (which state.postgresql v1 keeps as jsonb with isbinary false).</summary>
public sealed record StateOperation(string Key, byte[]? Value, string? ETag, bool FirstWrite, int? TtlSeconds, bool IsJson = false)
{
    public bool IsDelete => Value is null;

    public bool HasETag => !string.IsNullOrEmpty(ETag);
}
