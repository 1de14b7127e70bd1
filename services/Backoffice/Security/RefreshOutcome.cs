namespace Ecommerce.Backoffice.Security;

/// <summary>What the authority answered a refresh: new tokens, a refusal (the sign-in is over), or nothing usable.</summary>
public sealed record RefreshOutcome(OperatorTokens? Tokens, bool Refused)
{
    public static RefreshOutcome Renewed(OperatorTokens tokens) => new(tokens, Refused: false);

    public static readonly RefreshOutcome Refusal = new(null, Refused: true);

    public static readonly RefreshOutcome NoAnswer = new(null, Refused: false);
}
