namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

internal enum WorkKind
{
    Orchestration,
    Activity,
}
