using System.Text.Json.Serialization;

namespace Ecommerce.EndToEnd.Identity;

/// <summary>The identity service's answer at /connect/token.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("id_token")] string? IdToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
