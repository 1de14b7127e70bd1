namespace Ecommerce.LocalSidecar.State;

/// <summary>An upsert (Value set) or delete (Value null) of one store key, with the caller's ETag and options.</summary>
public sealed record StateOperation(string Key, byte[]? Value, string? ETag, bool FirstWrite, int? TtlSeconds)
{
    public bool IsDelete => Value is null;

    public bool HasETag => !string.IsNullOrEmpty(ETag);
}
