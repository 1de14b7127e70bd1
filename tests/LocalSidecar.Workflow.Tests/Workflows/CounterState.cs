namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

public sealed record CounterState(int Count, int Limit);
