namespace Ecommerce.LocalSidecar.Workflow;

/// <summary>Settings of the durable workflow backend.</summary>
public sealed class WorkflowBackendOptions
{
    /// <summary>Connection string of the actor state store's PostgreSQL database.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Scopes every row, as daprd scopes workflow actors by app id, so several apps can share one database.</summary>
    public string AppId { get; set; } = "default";

    /// <summary>
    /// Who holds this backend's leases. Several backends (replicas of one app, each with its own sidecar) may share an
    /// app id and a database; each needs its own owner id, kept across its restarts: at start a backend takes back only
    /// the leases its own previous process left, never those of a live replica (they expire if it died).
    /// Empty means the app id: one backend per app id.
    /// </summary>
    public string OwnerId { get; set; } = "";

    /// <summary>
    /// How long a lease outlives a backend that stopped renewing it (it died): then another backend of the app id
    /// takes the instance or activity. A live backend renews its leases every third of this.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the dispatcher looks for due timers and work written by other processes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a dispatched orchestrator turn may stay unanswered by a live worker before it is dispatched again.</summary>
    public TimeSpan OrchestrationLeaseTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a dispatched activity may run before it is dispatched again (the protocol has no heartbeat).</summary>
    public TimeSpan ActivityLeaseTimeout { get; set; } = TimeSpan.FromMinutes(10);

    internal string Owner => string.IsNullOrEmpty(OwnerId) ? AppId : OwnerId;

    /// <summary>The lease written to the database: renewed while the work is out, never past its answer timeout.</summary>
    internal TimeSpan DatabaseLease(TimeSpan answerTimeout) => LeaseDuration < answerTimeout ? LeaseDuration : answerTimeout;

    /// <summary>Work items of each kind one worker stream holds at most; the 1.19 SDK runs 100 of each at once.</summary>
    public int MaxInFlightPerWorker { get; set; } = 100;

    /// <summary>Work items leased per database round trip.</summary>
    public int DispatchBatchSize { get; set; } = 50;

    /// <summary>How long Suspend/Resume wait for the worker to apply them before returning, as daprd does.</summary>
    public TimeSpan ManagementWaitTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
