using System.Text.Json.Serialization;

namespace Platform.Identity.Endpoints;

/// <summary>A successful token response (RFC 6749 §5.1, OIDC Core §3.1.3.3).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken = null,
    [property: JsonPropertyName("id_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? IdToken = null)
{
    [JsonPropertyName("token_type")]
    public string TokenType => "Bearer";
}
