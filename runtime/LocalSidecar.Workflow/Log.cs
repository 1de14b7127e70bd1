using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Workflow;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Workflow schema migrated to version {Version}")]
    public static partial void SchemaMigrated(ILogger logger, int version);

    [LoggerMessage(2, LogLevel.Information, "Released {Count} workflow leases left by a previous process of app {AppId}, owner {Owner}")]
    public static partial void OrphanedLeasesReleased(ILogger logger, int count, string appId, string owner);

    [LoggerMessage(3, LogLevel.Error, "Workflow dispatch failed; retrying")]
    public static partial void DispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Workflow worker connected from {Peer}")]
    public static partial void WorkerConnected(ILogger logger, string peer);

    [LoggerMessage(5, LogLevel.Information, "Workflow worker {Peer} disconnected; gave back {Turns} turns and {Activities} activities")]
    public static partial void WorkerDisconnected(ILogger logger, string peer, int turns, int activities);

    [LoggerMessage(6, LogLevel.Warning, "Could not give back leases of a closed worker stream; they will expire")]
    public static partial void GiveBackFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "Dropped a response for workflow {InstanceId}: its turn is no longer leased to this worker")]
    public static partial void UnknownTurn(ILogger logger, string instanceId);

    [LoggerMessage(8, LogLevel.Information, "Dropped a stale response for workflow {InstanceId}: the instance was leased again")]
    public static partial void StaleTurn(ILogger logger, string instanceId);

    [LoggerMessage(9, LogLevel.Debug, "Dropped a duplicate result of task {TaskId} of workflow {InstanceId}")]
    public static partial void DuplicateActivityResult(ILogger logger, string instanceId, int taskId);

    [LoggerMessage(10, LogLevel.Information, "Suspend/resume of workflow {InstanceId} is queued but not applied yet")]
    public static partial void ManagementNotYetApplied(ILogger logger, string instanceId);

    [LoggerMessage(11, LogLevel.Warning, "Could not renew workflow leases; they expire unless the next renewal succeeds")]
    public static partial void RenewFailed(ILogger logger, Exception exception);
}
