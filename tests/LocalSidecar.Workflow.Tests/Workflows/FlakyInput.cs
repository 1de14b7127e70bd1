namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <param name="Key">Identifies the attempt counter.</param>
/// <param name="Failures">How many attempts fail before one succeeds.</param>
public sealed record FlakyInput(string Key, int Failures);
