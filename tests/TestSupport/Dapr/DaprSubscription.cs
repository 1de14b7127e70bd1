namespace Ecommerce.TestSupport.Dapr;

/// <summary>One entry of an app's <c>GET /dapr/subscribe</c> answer, as daprd reads it at start.</summary>
public sealed record DaprSubscription(
    string PubsubName, string Topic, string? Route, DaprSubscriptionRoutes? Routes, string? DeadLetterTopic)
{
    /// <summary>The path daprd posts the topic's events to (v1 <c>route</c>, else the v2 default route).</summary>
    public string? DeliveryPath => (Route ?? Routes?.Default) is { } path ? "/" + path.TrimStart('/') : null;
}

/// <summary>The v2 <c>routes</c> of a subscription.</summary>
public sealed record DaprSubscriptionRoutes(string? Default);
