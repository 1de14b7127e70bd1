namespace Ecommerce.LocalSidecar.Invocation;

/// <summary>
/// Where the other apps' sidecars are, for service invocation: <c>app-id=http://host:port</c> pairs (the target
/// sidecar's HTTP address) separated by commas or semicolons, from LOCALSIDECAR_NAME_RESOLUTION or repeated
/// <c>--resolve</c> flags. daprd resolves app ids with mDNS or Kubernetes DNS instead; this is the local stand-in.
/// </summary>
public static class NameResolution
{
    public const string Variable = "LOCALSIDECAR_NAME_RESOLUTION";

    /// <exception cref="ArgumentException">An entry that is not <c>app-id=http://host:port</c>.</exception>
    public static IReadOnlyDictionary<string, Uri> Parse(IEnumerable<string> entries)
    {
        var addresses = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var entry in entries.SelectMany(e => e.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !Uri.TryCreate(entry[(equals + 1)..], UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"name resolution entry '{entry}' must be <app-id>=http://<host>:<port> (the target sidecar's HTTP address)");
            }

            addresses[entry[..equals]] = address;
        }

        return addresses;
    }
}
