namespace Ecommerce.LocalSidecar.Workflow.Storage;

internal enum EnqueueResult
{
    Queued,
    NotFound,

    /// <summary>The instance has already finished; the event is dropped.</summary>
    Finished,

    /// <summary>Terminated before it ever started (scheduled start): finished directly, no worker involved.</summary>
    TerminatedBeforeStart,
}
