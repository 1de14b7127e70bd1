namespace Ecommerce.AppHost;

/// <summary>Whether every resource of the run has been healthy once (a failure before that ends the run).</summary>
public sealed class LocalRunReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public void MarkReady() => _ready.TrySetResult();
}
