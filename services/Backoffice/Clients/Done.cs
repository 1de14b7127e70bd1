namespace Ecommerce.Backoffice.Clients;

/// <summary>The answer of a call whose body does not matter (a delete).</summary>
public sealed record Done
{
    public static Done Value { get; } = new();
}
