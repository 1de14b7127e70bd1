using System.Globalization;

namespace Ecommerce.LocalSidecar.Hosting;

/// <summary>Parses daprd's flags (<c>--app-id</c>, <c>--app-port</c>, ...) into <see cref="SidecarOptions"/>; both
/// <c>--flag value</c> and <c>--flag=value</c> work. Environment: DAPR_API_TOKEN, APP_API_TOKEN, LOCALSIDECAR_REPLICA
/// (see <see cref="SidecarOptions.Replica"/>) and the test-only LOCALSIDECAR_DELIVERY_COPIES.</summary>
public static class SidecarCommandLine
{
    public const string Usage =
        "usage: LocalSidecar --app-id <id> [--app-port <port>] [--app-channel-address 127.0.0.1] " +
        "[--dapr-grpc-port 50001] [--dapr-http-port 3500] [--resources-path <dir>]... [--enable-app-health-check] " +
        "[--app-health-check-path /healthz] [--app-health-probe-interval 5] [--app-health-probe-timeout 500] [--app-health-threshold 3] " +
        "[--resolve <app-id>=http://<its sidecar's HTTP address>]...";

    // Go's flag package (daprd's) takes a boolean flag alone or as --flag=value, never with a separate value.
    private static readonly HashSet<string> BooleanFlags = new(StringComparer.Ordinal) { "enable-app-health-check" };

    public static SidecarOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = equals > 0
                ? (arg[2..equals], arg[(equals + 1)..])
                : BooleanFlags.Contains(arg[2..])
                    ? (arg[2..], "true")
                    : (arg[2..], i + 1 < args.Count ? args[++i] : throw new ArgumentException($"'{arg}' needs a value"));
            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }

            list.Add(value);
        }

        var known = new[] { "app-id", "app-port", "app-channel-address", "dapr-grpc-port", "dapr-http-port", "resources-path", "components-path",
            "enable-app-health-check", "app-health-check-path", "app-health-probe-interval", "app-health-probe-timeout", "app-health-threshold", "app-protocol", "resolve" };
        var unknown = values.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null)
        {
            throw new ArgumentException($"flag '--{unknown}' is not supported by the local sidecar");
        }

        if (Single(values, "app-protocol") is { } protocol && protocol != "http")
        {
            throw new ArgumentException($"'--app-protocol {protocol}' is not supported by the local sidecar (only http)");
        }

        var resources = values.GetValueOrDefault("resources-path") ?? values.GetValueOrDefault("components-path") ?? ["components"];
        return new SidecarOptions
        {
            AppId = Single(values, "app-id") ?? throw new ArgumentException("'--app-id' is required"),
            AppPort = Port(values, "app-port"),
            AppChannelAddress = Single(values, "app-channel-address") ?? "127.0.0.1",
            GrpcPort = Port(values, "dapr-grpc-port") ?? 50001,
            HttpPort = Port(values, "dapr-http-port") ?? 3500,
            ResourcesPaths = resources,
            AppHealth = AppHealth(values),
            NameResolution = Invocation.NameResolution.Parse(
                (values.GetValueOrDefault("resolve") ?? []).Prepend(Environment.GetEnvironmentVariable(Invocation.NameResolution.Variable) ?? "")),
            ApiToken = Environment.GetEnvironmentVariable("DAPR_API_TOKEN"),
            AppApiToken = Environment.GetEnvironmentVariable("APP_API_TOKEN"),
            DeliveryCopies = ParseDeliveryCopies(Environment.GetEnvironmentVariable(DeliveryCopiesVariable)),
            Replica = Environment.GetEnvironmentVariable(ReplicaVariable) is { Length: > 0 } replica ? replica : null,
        };
    }

    public const string DeliveryCopiesVariable = "LOCALSIDECAR_DELIVERY_COPIES";

    public const string ReplicaVariable = "LOCALSIDECAR_REPLICA";

    public static int ParseDeliveryCopies(string? text) =>
        text is null ? 1
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var copies) && copies is >= 1 and <= 10
            ? copies
            : throw new ArgumentException($"{DeliveryCopiesVariable} must be a number from 1 to 10, got '{text}'");

    // daprd's rules: interval in seconds, timeout in milliseconds, values below 1 mean the default, and the timeout
    // may not exceed the interval.
    private static AppHealth.AppHealthOptions? AppHealth(Dictionary<string, List<string>> values)
    {
        var enabled = Single(values, "enable-app-health-check") is { } flag
            && (bool.TryParse(flag, out var on) ? on : throw new ArgumentException($"'--enable-app-health-check' must be true or false, got '{flag}'"));
        if (!enabled)
        {
            return null;
        }

        var defaults = new AppHealth.AppHealthOptions();
        var interval = Number(values, "app-health-probe-interval") is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : defaults.ProbeInterval;
        var timeout = Number(values, "app-health-probe-timeout") is > 0 and var ms ? TimeSpan.FromMilliseconds(ms) : defaults.ProbeTimeout;
        if (timeout > interval)
        {
            throw new ArgumentException("value for 'health-probe-timeout' must be smaller than 'health-probe-interval'");
        }

        return new AppHealth.AppHealthOptions
        {
            Path = Single(values, "app-health-check-path") ?? defaults.Path,
            ProbeInterval = interval,
            ProbeTimeout = timeout,
            Threshold = Number(values, "app-health-threshold") is > 0 and var threshold ? threshold : defaults.Threshold,
        };
    }

    private static int? Number(Dictionary<string, List<string>> values, string name) =>
        Single(values, name) is { } text
            ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new ArgumentException($"'--{name}' must be a whole number, got '{text}'")
            : null;

    private static string? Single(Dictionary<string, List<string>> values, string name) =>
        values.TryGetValue(name, out var list) ? list[^1] : null;

    private static int? Port(Dictionary<string, List<string>> values, string name) =>
        Single(values, name) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
                ? port
                : throw new ArgumentException($"'--{name}' must be a port number, got '{text}'")
            : null;
}
