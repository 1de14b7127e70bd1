namespace Ecommerce.Contracts;

/// <summary>Names of the Dapr components in components/ that the services use.</summary>
public static class DaprComponents
{
    /// <summary>The pub/sub component (Kafka by default; swapped in YAML).</summary>
    public const string PubSub = "pubsub";

    /// <summary>The state store that holds workflow (actor) state.</summary>
    public const string WorkflowStateStore = "workflowstore";

    /// <summary>Notifications' delivery ledger.</summary>
    public const string NotificationsStateStore = "notificationstore";

    /// <summary>Fulfillment's fulfilments.</summary>
    public const string FulfillmentStateStore = "fulfillmentstore";
}
