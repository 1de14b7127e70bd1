namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

public sealed record ChildInput(string Value, bool Fail);
