namespace Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class WorkflowCollection : ICollectionFixture<WorkflowFixture>
{
    public const string Name = "workflow backend";
}
