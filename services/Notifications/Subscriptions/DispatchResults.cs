using Ecommerce.Notifications.Email;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Notifications.Subscriptions;

internal static class DispatchResults
{
    /// <summary>Sent or sent before: done. Someone else sending or SMTP failing: deliver again later.</summary>
    public static Ok<TopicResponse> ToTopicResult(this DispatchOutcome outcome) => outcome switch
    {
        DispatchOutcome.Sent or DispatchOutcome.AlreadySent => TopicResults.Success(),
        _ => TopicResults.Retry(),
    };
}
