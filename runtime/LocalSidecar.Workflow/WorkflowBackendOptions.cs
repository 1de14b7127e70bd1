namespace Ecommerce.LocalSidecar.Workflow;

/// <summary>Settings of the durable workflow backend.</summary>
public sealed class WorkflowBackendOptions
{
    /// <summary>Connection string of the actor state store's PostgreSQL database.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Scopes every row, as daprd scopes workflow actors by app id, so several apps can share one database.</summary>
    public string AppId { get; set; } = "default";

    /// <summary>How often the dispatcher looks for due timers and work written by other processes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a dispatched orchestrator turn may stay unanswered before it is dispatched again.</summary>
    public TimeSpan OrchestrationLeaseTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a dispatched activity may run before it is dispatched again (the protocol has no heartbeat).</summary>
    public TimeSpan ActivityLeaseTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Work items of each kind one worker stream holds at most; the 1.19 SDK runs 100 of each at once.</summary>
    public int MaxInFlightPerWorker { get; set; } = 100;

    /// <summary>Work items leased per database round trip.</summary>
    public int DispatchBatchSize { get; set; } = 50;

    /// <summary>How long Suspend/Resume wait for the worker to apply them before returning, as daprd does.</summary>
    public TimeSpan ManagementWaitTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
