namespace Ecommerce.LocalSidecar.State;

/// <summary>A state store component. Keys are store keys, already prefixed with the app id.</summary>
public interface IStateStore : IAsyncDisposable
{
    string Name { get; }

    Task InitializeAsync(CancellationToken cancellationToken);

    Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken);

    Task<IReadOnlyList<StateEntry>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Applies every operation or none (one transaction); a failed ETag check throws <see cref="StateException"/>.</summary>
    Task ApplyAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken);
}
