using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Ordering.Workflows;

/// <summary>The workflow runtime (the sidecar) did not answer in time or refused the call; trying later may work.</summary>
public sealed class WorkflowRuntimeUnavailableException(string message, Exception innerException)
    : TransientFailureException(message, innerException);
