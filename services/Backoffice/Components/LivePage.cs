using Microsoft.AspNetCore.Components;

namespace Ecommerce.Backoffice.Components;

/// <summary>
/// A page that reads its data again every <see cref="BackofficeSettings.RefreshInterval"/> while it is open and
/// pushes the changes to the browser over the circuit, so orders move on screen without a reload.
/// </summary>
public abstract class LivePage : ComponentBase, IAsyncDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private Task? _loop;

    [Inject] private BackofficeSettings Settings { get; set; } = default!;

    /// <summary>Cancelled when the page is closed.</summary>
    protected CancellationToken Closed => _closed.Token;

    /// <summary>Reads the page's data; called once at start, then on every tick.</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync(Closed);
        if (!Closed.IsCancellationRequested)
        {
            _loop = RefreshAsync();
        }
    }

    private async Task RefreshAsync()
    {
        using var timer = new PeriodicTimer(Settings.RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(Closed))
            {
                await InvokeAsync(async () =>
                {
                    await LoadAsync(Closed);
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Cancelled, not disposed: a lifecycle method still running when the page closes (the first load of a page
        // left at once) reads Closed afterwards, and must find it cancelled rather than throw and end the circuit.
        await _closed.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        GC.SuppressFinalize(this);
    }
}
