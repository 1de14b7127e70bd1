namespace Ecommerce.LocalSidecar.Components;

/// <summary>
/// The metadata fields the local sidecar knows per component type: those it honours, and those daprd uses for
/// tuning that have no effect on a local run (connection pools, client timeouts). A field in neither list is a
/// feature the local sidecar does not implement, so loading stops naming the file and the field rather than run
/// with behaviour other than daprd's.
/// </summary>
internal static class ComponentMetadataFields
{
    private static readonly Dictionary<string, (string[] Honoured, string[] NoLocalEffect)> Fields = new()
    {
        [ComponentTypes.Kafka] = (
            ["brokers", "consumerGroup", "clientID", "initialOffset", "authType", "maxMessageBytes", "sessionTimeout", "heartbeatInterval",
             "consumeRetryEnabled", "backOffPolicy", "backOffDuration", "backOffMaxInterval", "backOffMaxRetries",
             "backOffInitialInterval", "backOffRandomizationFactor", "backOffMultiplier", "backOffMaxElapsedTime"],
            ["consumeRetryInterval", "version", "disableTls", "clientConnectionTopicMetadataRefreshInterval", "clientConnectionKeepAliveInterval", "channelBufferSize"]),
        [ComponentTypes.Redis] = (
            ["redisHost", "redisPassword", "redisUsername", "redisDB", "enableTLS", "failover", "redisType", "consumerID", "concurrency",
             "queueDepth", "processingTimeout", "redeliverInterval", "maxLenApprox"],
            ["redisMaxRetries", "redisMinRetryInterval", "redisMaxRetryInterval", "dialTimeout", "readTimeout", "writeTimeout", "poolSize", "minIdleConns", "poolTimeout", "idleTimeout", "idleCheckFrequency", "maxConnAge"]),
        [ComponentTypes.PostgreSql] = (
            ["connectionString", "tableName", "tablePrefix", "metadataTableName", "actorStateStore", "keyPrefix"],
            ["timeout", "timeoutInSeconds", "cleanupInterval", "cleanupIntervalInSeconds", "maxConns", "connectionMaxIdleTime", "queryExecMode"]),
        [ComponentTypes.InMemoryPubSub] = ([], []),
        [ComponentTypes.InMemoryState] = (["actorStateStore", "keyPrefix"], []),
        [ComponentTypes.LocalEnvSecrets] = ([], []),
    };

    public static void Validate(ComponentDocument component)
    {
        if (!Fields.TryGetValue(component.Type, out var fields))
        {
            return;
        }

        foreach (var entry in component.Metadata)
        {
            if (!fields.Honoured.Contains(entry.Name, StringComparer.OrdinalIgnoreCase) && !fields.NoLocalEffect.Contains(entry.Name, StringComparer.OrdinalIgnoreCase))
            {
                throw new ComponentConfigurationException(
                    component.File,
                    $"{component.Describe()}: metadata '{entry.Name}' is not supported by the local sidecar (supported: {string.Join(", ", fields.Honoured.Concat(fields.NoLocalEffect))})");
            }

            // daprd's state key prefix: only its default, the app id, is implemented.
            if (entry.Name.Equals("keyPrefix", StringComparison.OrdinalIgnoreCase) && entry.Value is { } prefix && !prefix.Equals("appid", StringComparison.OrdinalIgnoreCase))
            {
                throw new ComponentConfigurationException(component.File, $"{component.Describe()}: metadata 'keyPrefix' value '{prefix}' is not supported by the local sidecar (only appid, daprd's default)");
            }
        }
    }
}
