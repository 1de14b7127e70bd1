namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>The body of a subscription handler's answer: SUCCESS, RETRY or DROP, as daprd reads it.</summary>
public sealed record TopicResponse(string Status)
{
    public static TopicResponse Of(TopicStatus status) => new(status.ToString().ToUpperInvariant());
}
