namespace Ecommerce.LocalSidecar.State;

/// <summary>daprd's default key prefix: state keys are stored as <c>&lt;app-id&gt;||&lt;key&gt;</c>.</summary>
public static class StateKeys
{
    public const string Separator = "||";

    public static string ToStoreKey(string appId, string key) => appId + Separator + key;

    public static string ToAppKey(string storeKey)
    {
        var index = storeKey.IndexOf(Separator, StringComparison.Ordinal);
        return index < 0 ? storeKey : storeKey[(index + Separator.Length)..];
    }
}
