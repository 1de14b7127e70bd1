namespace Ecommerce.LocalSidecar.State;

/// <summary>A stored value and its ETag, under its store key (<c>&lt;app-id&gt;||&lt;key&gt;</c>).</summary>
public sealed record StateEntry(string Key, byte[] Value, string ETag);
