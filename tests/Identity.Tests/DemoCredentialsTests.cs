using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Identity.Demo;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class DemoCredentialsTests(PostgresCluster cluster)
{
    private static readonly string[] TenantRoles =
        ["TENANT_ADMIN", "AGENT", "SUPERVISOR", "QUALITY_INSPECTOR", "COMPLAINT_HANDLER", "COMPLIANCE_OFFICER", "TRAINER", "CUSTOMER"];

    [Fact]
    public async Task Startup_writes_working_demo_credentials_for_every_tenant_and_role()
    {
        var path = Path.Combine(Path.GetTempPath(), $"demo-credentials-{Guid.NewGuid():N}.json");
        try
        {
            await using var flow = await CodeFlowScenario.StartAsync(cluster, new Dictionary<string, string> { ["DemoCredentialsPath"] = path });
            var file = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;

            Assert.Equal(flow.Server.BaseUrl, file.GetProperty("identityUrl").GetString());
            Assert.False(string.IsNullOrEmpty(file.GetProperty("apiUrl").GetString()));
            Assert.Equal(["PLATFORM_ADMIN"], file.GetProperty("platformAdmin").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
            var tenants = file.GetProperty("tenants").EnumerateArray().ToList();
            Assert.Equal(["alpha", "beta", "gamma"], tenants.Select(t => t.GetProperty("slug").GetString()).Order());
            foreach (var tenant in tenants)
            {
                var userRoles = tenant.GetProperty("users").EnumerateArray().SelectMany(u => u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())).ToList();
                Assert.Equal(TenantRoles.Order(), userRoles.Order());
                var clientRoles = tenant.GetProperty("clients").EnumerateArray().SelectMany(c => c.GetProperty("roles").EnumerateArray().Select(r => r.GetString())).ToList();
                Assert.Equal(TenantRoles.Where(r => r != "CUSTOMER").Order(), clientRoles.Order());
            }

            var alpha = tenants.Single(t => t.GetProperty("slug").GetString() == "alpha");
            Assert.Equal(flow.Server.TenantA, alpha.GetProperty("id").GetGuid());
            var agentClient = alpha.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("roles")[0].GetString() == "AGENT");
            var (status, body, _) = await OAuthCalls.ClientCredentialsAsync(flow.Http, agentClient.GetProperty("clientId").GetString()!, agentClient.GetProperty("clientSecret").GetString()!);
            Assert.Equal(HttpStatusCode.OK, status);
            var token = new JsonWebToken(body.GetProperty("access_token").GetString());
            Assert.Equal(flow.Server.TenantA.ToString(), token.GetClaim("tenant_id").Value);
            Assert.Equal("AGENT", token.GetClaim("roles").Value);

            var agentUser = alpha.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("roles")[0].GetString() == "AGENT");
            var (_, challenge) = OAuthCalls.NewPkce();
            var code = await flow.GetCodeAsync(challenge, agentUser.GetProperty("username").GetString()!, agentUser.GetProperty("password").GetString()!);
            Assert.False(string.IsNullOrEmpty(code));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Seeding_again_resets_credentials_without_duplicating_accounts()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        await using var scope = server.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoCredentialsSeeder>();

        var first = await seeder.SeedAsync(CancellationToken.None);
        var second = await seeder.SeedAsync(CancellationToken.None);

        Assert.NotEqual(first.PlatformAdmin.Password, second.PlatformAdmin.Password);
        var db = scope.ServiceProvider.GetRequiredService<Persistence.TokenServiceDbContext>();
        Assert.Equal(1 + (3 * 8), db.Users.Count());
        Assert.Equal(3 * 7, db.Clients.Count());
        var http = server.CreateClient();
        var client = second.Tenants[0].Clients[0];
        Assert.Equal(HttpStatusCode.OK, (await OAuthCalls.ClientCredentialsAsync(http, client.ClientId, client.ClientSecret)).Status);
        var stale = first.Tenants[0].Clients[0];
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthCalls.ClientCredentialsAsync(http, stale.ClientId, stale.ClientSecret)).Status);
    }
}
