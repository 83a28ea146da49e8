using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Administration.AdministrationDriver;

namespace Platform.Api.Tests.Administration;

/// <summary>Teams and service clients of a tenant, managed by its tenant admin.</summary>
[Collection(ApiCollection.Name)]
public sealed class TeamAndServiceClientTests(ApiEnvironment environment)
{
    private readonly AdministrationDriver _driver = new(environment.Stack);

    [Fact]
    public async Task A_team_gets_a_supervisor_holding_the_role_and_members()
    {
        var admin = await TenantAdminAsync("teams");
        var agent = await CreateUserAsync(admin, "agent", "AGENT");
        var supervisor = await CreateUserAsync(admin, "lead", "SUPERVISOR");

        var refused = await _driver.MutateAsync(admin, "createTeam", AdministrationOperations.CreateTeam, new { name = "Inbound", supervisorId = agent });
        var created = await _driver.MutateAsync(admin, "createTeam", AdministrationOperations.CreateTeam, new { name = "Inbound", supervisorId = supervisor });
        var duplicate = await _driver.MutateAsync(admin, "createTeam", AdministrationOperations.CreateTeam, new { name = "Inbound" });

        AssertRefused(refused, "team", "SupervisorRoleRequiredError", "SUPERVISOR_ROLE_REQUIRED");
        AssertNoErrors(created);
        AssertRefused(duplicate, "team", "DuplicateTeamNameError", "DUPLICATE_TEAM_NAME");
        var team = created.GetProperty("team");
        Assert.Equal(supervisor, team.GetProperty("supervisor").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(team.GetProperty("supervisor").GetProperty("userName").GetString()));

        var added = await _driver.MutateAsync(admin, "addTeamMember", AdministrationOperations.AddTeamMember, new { teamId = team.GetProperty("id").GetString(), userId = agent });

        AssertNoErrors(added);
        var members = added.GetProperty("team").GetProperty("members");
        Assert.Equal(1, members.GetProperty("totalCount").GetInt32());
        Assert.Equal(agent, members.GetProperty("nodes")[0].GetProperty("id").GetString());
        var teams = (await _driver.GraphQLAsync(admin, AdministrationOperations.Teams)).GetProperty("data").GetProperty("teams");
        Assert.Equal(1, teams.GetProperty("totalCount").GetInt32());
        var inTeam = await _driver.GraphQLAsync(admin, AdministrationOperations.Users, new { first = 10, filter = new { teamId = team.GetProperty("id").GetString() } });
        var member = Assert.Single(inTeam.GetProperty("data").GetProperty("users").GetProperty("nodes").EnumerateArray());
        Assert.Equal("Inbound", member.GetProperty("team").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_service_client_gets_tokens_with_its_roles_until_rotated_or_disabled()
    {
        var admin = await TenantAdminAsync("clients");
        var clientId = "svc-" + Guid.NewGuid().ToString("N")[..8];

        var created = await _driver.MutateAsync(admin, "createServiceClient", AdministrationOperations.CreateServiceClient,
            new { clientId, displayName = "Reporting", roles = new[] { "QUALITY_INSPECTOR" } });

        AssertNoErrors(created);
        var secret = created.GetProperty("secret").GetString()!;
        var token = await _driver.Stack.TokenAsync(clientId, secret);
        var jwt = new JsonWebToken(token);
        Assert.Equal("QUALITY_INSPECTOR", jwt.GetClaim("roles").Value);
        Assert.Equal(new JsonWebToken(admin).GetClaim("tenant_id").Value, jwt.GetClaim("tenant_id").Value);
        var listed = (await _driver.GraphQLAsync(admin, AdministrationOperations.ServiceClients)).GetProperty("data").GetProperty("serviceClients").GetProperty("nodes");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("clientId").GetString() == clientId && c.GetProperty("enabled").GetBoolean());

        var rotated = await _driver.MutateAsync(admin, "rotateServiceClientSecret", AdministrationOperations.RotateSecret, new { clientId });

        AssertNoErrors(rotated);
        var newSecret = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(secret, newSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, await _driver.ClientTokenStatusAsync(clientId, secret));
        Assert.Equal(HttpStatusCode.OK, await _driver.ClientTokenStatusAsync(clientId, newSecret));

        var disabled = await _driver.MutateAsync(admin, "disableServiceClient", AdministrationOperations.DisableServiceClient, new { clientId });

        AssertNoErrors(disabled);
        Assert.False(disabled.GetProperty("serviceClient").GetProperty("enabled").GetBoolean());
        Assert.NotEqual(HttpStatusCode.OK, await _driver.ClientTokenStatusAsync(clientId, newSecret));
    }

    [Fact]
    public async Task Service_client_ids_are_unique_and_roles_must_be_staff_roles()
    {
        var admin = await TenantAdminAsync("client-rules");
        var clientId = "svc-" + Guid.NewGuid().ToString("N")[..8];
        AssertNoErrors(await _driver.MutateAsync(admin, "createServiceClient", AdministrationOperations.CreateServiceClient, new { clientId, roles = new[] { "AGENT" } }));

        var duplicate = await _driver.MutateAsync(admin, "createServiceClient", AdministrationOperations.CreateServiceClient, new { clientId, roles = new[] { "AGENT" } });
        var customer = await _driver.MutateAsync(admin, "createServiceClient", AdministrationOperations.CreateServiceClient, new { clientId = clientId + "-c", roles = new[] { "CUSTOMER" } });
        var badId = await _driver.MutateAsync(admin, "createServiceClient", AdministrationOperations.CreateServiceClient, new { clientId = "Bad Id!", roles = new[] { "AGENT" } });
        var unknown = await _driver.MutateAsync(admin, "disableServiceClient", AdministrationOperations.DisableServiceClient, new { clientId = "no-such-client" });

        AssertRefused(duplicate, "serviceClient", "DuplicateClientIdError", "DUPLICATE_CLIENT_ID");
        AssertRefused(customer, "serviceClient", "UnknownRoleError", "UNKNOWN_ROLE");
        AssertRefused(badId, "serviceClient", "InvalidAdministrationInputError", "INVALID_INPUT");
        AssertRefused(unknown, "serviceClient", "ServiceClientNotFoundError", "SERVICE_CLIENT_NOT_FOUND");
        Assert.Null(duplicate.GetProperty("secret").GetString());
    }

    private async Task<string> TenantAdminAsync(string prefix)
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var (_, userName, password) = await _driver.TenantWithAdminAsync(platform, prefix);
        return (await _driver.SignInAsync(userName, password))!;
    }

    private async Task<string> CreateUserAsync(string adminToken, string name, params string[] roles)
    {
        var payload = await _driver.MutateAsync(adminToken, "createUser", AdministrationOperations.CreateUser,
            new { userName = NewSlug(name), displayName = name, employeeNumber = NewSlug("E"), roles });
        AssertNoErrors(payload);
        return payload.GetProperty("user").GetProperty("id").GetString()!;
    }
}
