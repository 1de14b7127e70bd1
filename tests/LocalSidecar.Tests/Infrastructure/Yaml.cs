namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>Component files as the tests need them.</summary>
internal static class Yaml
{
    public static (string, string) InMemoryPubSub(string name = "pubsub") => ($"{name}.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: pubsub.in-memory
          version: v1
          metadata: []
        """);

    public static (string, string) InMemoryState(string name = "statestore") => ($"{name}.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: state.in-memory
          version: v1
        """);

    /// <summary>A pubsub.kafka component; <paramref name="extra"/> adds metadata as <c>(name, value)</c> pairs.</summary>
    public static (string, string) Kafka(string brokers, string name = "pubsub", string consumerGroup = "{appID}", string initialOffset = "oldest", params (string Name, string Value)[] extra) => ($"{name}.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: pubsub.kafka
          version: v1
          metadata:
            - name: brokers
              value: "{brokers}"
            - name: consumerGroup
              value: "{consumerGroup}"
            - name: authType
              value: "none"
            - name: initialOffset
              value: "{initialOffset}"
            # A stopped member is noticed sooner than daprd's 10 s default: the mock broker waits that long to rebalance.
            - name: sessionTimeout
              value: "2s"
            - name: heartbeatInterval
              value: "500ms"
        {string.Concat(extra.Select(e => $"    - name: {e.Name}\n      value: \"{e.Value}\"\n"))}
        """);

    /// <summary>A pubsub.redis component named "pubsub" (Redis Streams); <paramref name="extra"/> adds metadata.</summary>
    public static (string, string) Redis(string host, params (string Name, string Value)[] extra) => ("pubsub.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: pubsub
        spec:
          type: pubsub.redis
          version: v1
          metadata:
            - name: redisHost
              value: "{host}"
            - name: enableTLS
              value: "false"
        {string.Concat(extra.Select(e => $"    - name: {e.Name}\n      value: \"{e.Value}\"\n"))}
        """);

    public static (string, string) Postgres(string connectionString, string name = "statestore", string version = "v2") => ($"{name}.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: state.postgresql
          version: {version}
          metadata:
            - name: connectionString
              value: "{connectionString}"
        """);

    /// <summary>Fast inbound retries for the pub/sub named "pubsub": constant 20 ms, 3 retries, 5 s timeout.</summary>
    public static (string, string) FastResiliency(int maxRetries = 3) => ("resiliency.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Resiliency
        metadata:
          name: fast
        spec:
          policies:
            timeouts:
              delivery: 5s
            retries:
              fastInbound:
                policy: constant
                duration: 20ms
                maxRetries: {maxRetries}
          targets:
            components:
              pubsub:
                inbound:
                  timeout: delivery
                  retry: fastInbound
        """);
}
