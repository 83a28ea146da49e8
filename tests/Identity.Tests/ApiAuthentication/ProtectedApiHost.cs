using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Api.Authentication;
using Platform.Identity.Tests.Infrastructure;

namespace Platform.Identity.Tests.ApiAuthentication;

/// <summary>A tiny API on Kestrel protected by <see cref="PlatformAuthenticationExtensions"/>, trusting a test token service.</summary>
public sealed class ProtectedApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProtectedApiHost(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    /// <summary>Starts the API; tenant status comes from the identity server's database through the API role.</summary>
    public static async Task<ProtectedApiHost> StartAsync(IdentityTestServer identity, string appConnectionString, TimeProvider clock)
    {
        var url = $"http://127.0.0.1:{IdentityTestServer.FreePort()}";
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Api:Authority"] = identity.BaseUrl,
            ["Api:RequireHttpsMetadata"] = "false",
            ["ConnectionStrings:App"] = appConnectionString,
        });
        builder.Services.AddSingleton(clock);
        builder.Services.AddPlatformAuthentication(builder.Configuration);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/ping", (ClaimsPrincipal user) => Results.Ok(new { tenant = user.GetTenantId(), sub = user.Identity!.Name })).RequireAuthorization();
        app.MapGet("/tenants/{tenantId:guid}/ping", async (Guid tenantId, ClaimsPrincipal user, IAuthorizationService authorization) =>
            (await authorization.AuthorizeAsync(user, tenantId, PlatformPolicies.SameTenant)).Succeeded ? Results.Ok() : Results.Forbid())
            .RequireAuthorization();
        await app.StartAsync();
        return new ProtectedApiHost(app, new HttpClient { BaseAddress = new Uri(url) });
    }

    /// <summary>Calls an endpoint with a bearer token.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
