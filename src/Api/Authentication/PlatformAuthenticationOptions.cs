namespace Platform.Api.Authentication;

/// <summary>How the API trusts the token service; bound from the API's <c>Api</c> configuration section.</summary>
public sealed class PlatformAuthenticationOptions
{
    /// <summary>
    /// The configuration section: <c>Api:Authority</c>, <c>Api:Audience</c>, … (environment: <c>Api__Authority</c>). It is
    /// the same section as the API's other settings, so there is one place to configure the API.
    /// </summary>
    public const string Section = "Api";

    /// <summary>The issuer URL; its discovery document supplies the keys.</summary>
    public string Authority { get; set; } = "http://127.0.0.1:5001";

    /// <summary>The audience access tokens must carry.</summary>
    public string Audience { get; set; } = "insurer-api";

    /// <summary>Refuse plain-HTTP metadata except for local development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerance for clock differences between issuer and API.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a tenant's status is cached; a suspension is enforced within this time (R-TEN-03).</summary>
    public TimeSpan TenantStatusCacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Signature algorithms accepted; asymmetric only (RFC 8725 §3.1), so alg confusion with HS256 is impossible.</summary>
    public string[] ValidAlgorithms { get; set; } = ["ES256", "RS256", "PS256"];
}
