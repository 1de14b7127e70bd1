using System.Globalization;

namespace Ecommerce.EmbeddedKafka;

/// <summary>The process's settings, section <c>EmbeddedKafka</c> (appsettings.json, environment, command line).</summary>
public sealed class EmbeddedKafkaSettings
{
    public const string SectionName = "EmbeddedKafka";

    /// <summary>Short command-line switches for the settings people change most.</summary>
    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--ports"] = $"{SectionName}:{nameof(Ports)}",
        ["--control-port"] = $"{SectionName}:{nameof(ControlPort)}",
    };

    /// <summary>Comma-separated advertised broker ports, one per broker; 0 picks a free port.</summary>
    public string Ports { get; set; } = "9092,9093,9094";

    /// <summary>Port of the HTTP control API on 127.0.0.1; 0 picks a free port.</summary>
    public int ControlPort { get; set; } = 9099;

    /// <summary>Topic name → partition count, created at start.</summary>
    public Dictionary<string, int> Topics { get; set; } = [];

    public int DefaultPartitions { get; set; } = 4;

    public int GroupInitialRebalanceDelayMs { get; set; } = 3000;

    /// <exception cref="ArgumentException">A setting is invalid; the message names it.</exception>
    public KafkaMockClusterOptions ToClusterOptions(ILogger logger)
    {
        var ports = ParsePorts();
        return new KafkaMockClusterOptions
        {
            BrokerCount = ports.Length,
            Ports = ports,
            Topics = TopicsWithContracts(),
            DefaultPartitions = DefaultPartitions,
            GroupInitialRebalanceDelayMs = GroupInitialRebalanceDelayMs,
            Logger = logger,
        };
    }

    // The contracts are the source of truth for topic names: a topic added there exists here even if the
    // configuration was not updated, with the default partition count.
    private Dictionary<string, int> TopicsWithContracts()
    {
        var topics = new Dictionary<string, int>(Topics, StringComparer.Ordinal);
        foreach (var topic in Contracts.Topics.All.SelectMany(t => new[] { t, Contracts.Topics.DeadLetterOf(t) }))
        {
            topics.TryAdd(topic, DefaultPartitions);
        }

        return topics;
    }

    private int[] ParsePorts()
    {
        var parts = Ports.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ports = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out ports[i]) || ports[i] > 65535)
            {
                throw new ArgumentException(
                    $"{SectionName}:{nameof(Ports)} (--ports) must be a comma-separated list of ports, not '{Ports}'.");
            }
        }

        return ports.Length > 0
            ? ports
            : throw new ArgumentException($"{SectionName}:{nameof(Ports)} (--ports) must list at least one port.");
    }
}
