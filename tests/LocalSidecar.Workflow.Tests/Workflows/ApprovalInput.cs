namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

public sealed record ApprovalInput(string Name, TimeSpan ApprovalTimeout, TimeSpan CoolDown);
