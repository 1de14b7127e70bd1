namespace Ecommerce.LocalSidecar.State;

/// <summary>A state operation the store refused; <see cref="ETagMismatch"/> maps to gRPC Aborted as in daprd.</summary>
public sealed class StateException(string message, bool etagMismatch, bool etagInvalid = false) : Exception(message)
{
    public bool ETagMismatch { get; } = etagMismatch;

    /// <summary>An ETag the store cannot read at all (v1: not a number); daprd answers InvalidArgument.</summary>
    public bool ETagInvalid { get; } = etagInvalid;

    /// <summary>The text of components-contrib's <c>state.ETagError</c> of kind invalid.</summary>
    public static StateException Invalid(string etag) => new($"invalid etag value: strconv.ParseUint: parsing \"{etag}\": invalid syntax", false, true);

    /// <summary>The text of components-contrib's <c>state.ETagError</c> of kind mismatch.</summary>
    public static StateException Mismatch() => new("possible etag mismatch. error from state store", true);
}
