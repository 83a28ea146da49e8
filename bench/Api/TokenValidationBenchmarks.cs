using System.Security.Claims;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Platform.Api.Authentication;

namespace Platform.Api.Benchmarks;

/// <summary>
/// What token validation costs the API per request: the bare signature-and-claims check of an ES256 <c>at+jwt</c> with
/// the API's own <see cref="TokenValidationParameters"/>, and the whole gate every GraphQL request passes (JwtBearer
/// authentication, principal, default policy with the cached tenant-status check).
/// </summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks
{
    private const string Issuer = "http://127.0.0.1:5001";

    private readonly JsonWebTokenHandler _handler = new();
    private ServiceProvider _services = null!;
    private TokenValidationParameters _parameters = null!;
    private IAuthorizationPolicyProvider _policies = null!;
    private IPolicyEvaluator _evaluator = null!;
    private string _token = null!;
    private string _authorization = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A P-256 key and a token shaped exactly like the token service's (AccessTokenIssuer): typ at+jwt, ES256, kid.
        var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "bench-key" };
        var now = DateTime.UtcNow;
        _token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "at+jwt",
            Issuer = Issuer,
            Audience = "insurer-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "acme-agent-service",
                ["jti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
                ["client_id"] = "acme-agent-service",
                ["scope"] = "api",
                ["roles"] = new[] { "AGENT", "SUPERVISOR" },
                ["tenant_id"] = Guid.CreateVersion7().ToString(),
            },
        });
        _authorization = "Bearer " + _token;

        // The API's registration, with the discovery document replaced by a static one holding the public key.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Api:Authority"] = Issuer, ["Api:RequireHttpsMetadata"] = "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ITenantStatusSource, AlwaysActiveTenants>();
        services.AddPlatformAuthentication(configuration);
        var discovery = new OpenIdConnectConfiguration { Issuer = Issuer };
        discovery.SigningKeys.Add(new ECDsaSecurityKey(ECDsa.Create(key.ECDsa.ExportParameters(false))) { KeyId = key.KeyId });
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(discovery));
        _services = services.BuildServiceProvider();

        var bearer = _services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        _parameters = bearer.TokenValidationParameters.Clone();
        _parameters.ValidIssuers = [discovery.Issuer];
        _parameters.IssuerSigningKeys = discovery.SigningKeys;
        _policies = _services.GetRequiredService<IAuthorizationPolicyProvider>();
        _evaluator = _services.GetRequiredService<IPolicyEvaluator>();

        if (!ValidateToken().Result || !AuthenticateAndAuthorize().Result)
        {
            throw new InvalidOperationException("The benchmark token does not validate; the figures would be meaningless.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>JsonWebTokenHandler alone: parse, ES256 signature, issuer, audience, lifetime, typ, algorithm.</summary>
    [Benchmark(Baseline = true)]
    public async Task<bool> ValidateToken()
    {
        var result = await _handler.ValidateTokenAsync(_token, _parameters);
        return result.IsValid;
    }

    /// <summary>Everything GraphQLAccessGate does for an HTTP request before the GraphQL server sees it.</summary>
    [Benchmark]
    public async Task<bool> AuthenticateAndAuthorize()
    {
        await using var scope = _services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Headers.Authorization = _authorization;
        var policy = await _policies.GetDefaultPolicyAsync();
        var authentication = await _evaluator.AuthenticateAsync(policy, http);
        var authorization = await _evaluator.AuthorizeAsync(policy, authentication, http, resource: http);
        return authorization.Succeeded && http.User.Identity?.IsAuthenticated == true;
    }

    /// <summary>The tenant-status source is a cache hit in steady state; the benchmark measures token work only.</summary>
    private sealed class AlwaysActiveTenants : ITenantStatusSource
    {
        public Task<bool> IsActiveAsync(Guid tenantId, CancellationToken ct) => Task.FromResult(true);
    }
}
