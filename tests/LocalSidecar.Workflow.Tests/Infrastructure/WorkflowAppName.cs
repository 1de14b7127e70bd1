namespace Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;

/// <summary>Which of several test apps (replicas) an activity runs in.</summary>
public sealed record WorkflowAppName(string Value);
