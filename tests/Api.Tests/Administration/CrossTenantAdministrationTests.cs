using System.Net;
using System.Text.Json;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Administration.AdministrationDriver;

namespace Platform.Api.Tests.Administration;

/// <summary>A tenant admin of A can neither see nor change B's users, teams, clients or settings (R-TEN-01).</summary>
[Collection(ApiCollection.Name)]
public sealed class CrossTenantAdministrationTests(ApiEnvironment environment)
{
    private readonly AdministrationDriver _driver = new(environment.Stack);

    [Fact]
    public async Task A_tenant_admin_of_A_cannot_touch_Bs_users_teams_clients_or_settings_R_TEN_01()
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var a = await _driver.TenantWithAdminAsync(platform, "cross-a");
        var b = await _driver.TenantWithAdminAsync(platform, "cross-b");
        var adminA = (await _driver.SignInAsync(a.UserName, a.Password))!;
        var adminB = (await _driver.SignInAsync(b.UserName, b.Password))!;
        var bUser = await _driver.MutateAsync(adminB, "createUser", AdministrationOperations.CreateUser,
            new { userName = b.UserName + ".agent", displayName = "B agent", employeeNumber = "B-1", roles = new[] { "AGENT" } });
        var bUserId = bUser.GetProperty("user").GetProperty("id").GetString();
        var bTeam = await _driver.MutateAsync(adminB, "createTeam", AdministrationOperations.CreateTeam, new { name = "B team" });
        var bTeamId = bTeam.GetProperty("team").GetProperty("id").GetString();
        var bClientId = "svc-b-" + Guid.NewGuid().ToString("N")[..8];
        var bClient = await _driver.MutateAsync(adminB, "createServiceClient", AdministrationOperations.CreateServiceClient, new { clientId = bClientId, roles = new[] { "AGENT" } });
        var bSecret = bClient.GetProperty("secret").GetString()!;

        var roles = await _driver.MutateAsync(adminA, "assignRoles", AdministrationOperations.AssignRoles, new { userId = bUserId, roles = new[] { "TENANT_ADMIN" } });
        var member = await _driver.MutateAsync(adminA, "addTeamMember", AdministrationOperations.AddTeamMember, new { teamId = bTeamId, userId = bUserId });
        var rotate = await _driver.MutateAsync(adminA, "rotateServiceClientSecret", AdministrationOperations.RotateSecret, new { clientId = bClientId });
        var disable = await _driver.MutateAsync(adminA, "disableServiceClient", AdministrationOperations.DisableServiceClient, new { clientId = bClientId });
        var configure = await _driver.MutateAsync(adminA, "configureTenant", AdministrationOperations.ConfigureTenant, new { tenantId = b.TenantId, timeZone = "UTC" });

        AssertRefused(roles, "user", "UserNotFoundError", "USER_NOT_FOUND");
        AssertRefused(member, "team", "TeamNotFoundError", "TEAM_NOT_FOUND");
        AssertRefused(rotate, "serviceClient", "ServiceClientNotFoundError", "SERVICE_CLIENT_NOT_FOUND");
        AssertRefused(disable, "serviceClient", "ServiceClientNotFoundError", "SERVICE_CLIENT_NOT_FOUND");
        AssertRefused(configure, "tenant", "TenantNotFoundError", "TENANT_NOT_FOUND");
        Assert.Equal(HttpStatusCode.OK, await _driver.ClientTokenStatusAsync(bClientId, bSecret));

        var seenByA = await _driver.GraphQLAsync(adminA, "query($u: ID!, $t: ID!, $n: ID!) { users(first: 100) { nodes { id userName } } teams { nodes { id } } serviceClients(first: 100) { nodes { clientId } } u: node(id: $u) { id } t: node(id: $t) { id } n: node(id: $n) { id } }",
            new { u = bUserId, t = bTeamId, n = b.TenantId });
        var data = seenByA.GetProperty("data");
        Assert.DoesNotContain(data.GetProperty("users").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == bUserId);
        Assert.All(data.GetProperty("users").GetProperty("nodes").EnumerateArray(), n => Assert.StartsWith(a.UserName, n.GetProperty("userName").GetString()));
        Assert.Empty(data.GetProperty("teams").GetProperty("nodes").EnumerateArray());
        Assert.DoesNotContain(data.GetProperty("serviceClients").GetProperty("nodes").EnumerateArray(), c => c.GetProperty("clientId").GetString() == bClientId);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("u").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("t").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("n").ValueKind);
    }

    [Fact]
    public async Task The_token_service_refuses_direct_admin_calls_outside_the_callers_tenant_R_TEN_01()
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var a = await _driver.TenantWithAdminAsync(platform, "direct-a");
        var adminA = (await _driver.SignInAsync(a.UserName, a.Password))!;
        var bTenant = await _driver.Stack.AddTenantAsync(NewSlug("direct-b"));

        // Even bypassing the API, A's token cannot create an account in B, and a platform admin cannot create staff other than TENANT_ADMIN.
        using var crossTenant = await PostIdentityAsync(adminA, "/admin/users", new { userName = NewSlug("intruder"), roles = new[] { "AGENT" }, tenantId = bTenant });
        using var platformAgent = await PostIdentityAsync(platform, "/admin/users", new { userName = NewSlug("agent"), roles = new[] { "AGENT" }, tenantId = bTenant });
        using var anonymous = await PostIdentityAsync(null, "/admin/users", new { userName = NewSlug("anon"), roles = new[] { "AGENT" } });

        Assert.Equal(HttpStatusCode.Forbidden, crossTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, platformAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<HttpResponseMessage> PostIdentityAsync(string? token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await _driver.Stack.Identity.SendAsync(request);
    }
}
