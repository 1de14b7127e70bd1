namespace Ecommerce.LocalSidecar.State;

/// <summary>A state operation the store refused; <see cref="ETagMismatch"/> maps to gRPC Aborted as in daprd.</summary>
public sealed class StateException(string message, bool etagMismatch) : Exception(message)
{
    public bool ETagMismatch { get; } = etagMismatch;

    /// <summary>The text of components-contrib's <c>state.ETagError</c> of kind mismatch.</summary>
    public static StateException Mismatch() => new("possible etag mismatch. error from state store", true);
}
