namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// The answers daprd understands from a subscription handler. Success: done. Retry: deliver again per the
/// resiliency policy, then dead-letter. Drop: never deliverable, straight to the dead-letter topic.
/// </summary>
public enum TopicStatus
{
    Success,
    Retry,
    Drop,
}
