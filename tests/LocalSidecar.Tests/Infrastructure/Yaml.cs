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

    public static (string, string) Kafka(string brokers, string name = "pubsub", string consumerGroup = "{appID}") => ($"{name}.yaml", $"""
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
              value: "oldest"
            # A stopped member is noticed sooner than daprd's 10 s default: the mock broker waits that long to rebalance.
            - name: sessionTimeout
              value: "2s"
            - name: heartbeatInterval
              value: "500ms"
        """);

    public static (string, string) Postgres(string connectionString, string name = "statestore") => ($"{name}.yaml", $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: state.postgresql
          version: v2
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
