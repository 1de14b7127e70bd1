using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// The answers daprd understands from a subscription handler. SUCCESS: done. RETRY: deliver again per the
/// resiliency policy, then dead-letter. DROP: never deliverable, straight to the dead-letter topic.
/// </summary>
public static class TopicResults
{
    public static Ok<TopicResponse> Success() => TypedResults.Ok(new TopicResponse("SUCCESS"));

    public static Ok<TopicResponse> Retry() => TypedResults.Ok(new TopicResponse("RETRY"));

    public static Ok<TopicResponse> Drop() => TypedResults.Ok(new TopicResponse("DROP"));
}

/// <summary>The body of a subscription handler's answer.</summary>
public sealed record TopicResponse(string Status);
