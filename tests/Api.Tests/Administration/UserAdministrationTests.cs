using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Administration.AdministrationDriver;

namespace Platform.Api.Tests.Administration;

/// <summary>Tenant admins create users and change their roles; effects are checked by signing in at the token service.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserAdministrationTests(ApiEnvironment environment)
{
    private readonly AdministrationDriver _driver = new(environment.Stack);

    [Fact]
    public async Task A_bootstrapped_tenant_admin_signs_in_with_the_initial_password_and_gets_the_tenant_and_role()
    {
        var platform = await _driver.PlatformAdminTokenAsync();

        var (tenantId, userName, password) = await _driver.TenantWithAdminAsync(platform, "bootstrap");
        var token = await _driver.SignInAsync(userName, password);

        Assert.NotNull(token);
        var jwt = new JsonWebToken(token);
        Assert.Equal(["TENANT_ADMIN"], Roles(jwt));
        var me = await _driver.GraphQLAsync(token, "{ me { tenantId } myTenant { id } }");
        Assert.Equal(tenantId, me.GetProperty("data").GetProperty("myTenant").GetProperty("id").GetString());
        Assert.Equal(jwt.GetClaim("tenant_id").Value, me.GetProperty("data").GetProperty("me").GetProperty("tenantId").GetString());
        Assert.Null(await _driver.SignInAsync(userName, password + "x"));
    }

    [Fact]
    public async Task A_created_user_signs_in_with_the_returned_password_and_the_token_carries_the_assigned_roles()
    {
        var admin = await TenantAdminAsync("create-user");

        var payload = await _driver.MutateAsync(admin.Token, "createUser", AdministrationOperations.CreateUser,
            new { userName = admin.Slug + ".agent", displayName = "Agent One", employeeNumber = "E-100", roles = new[] { "AGENT", "QUALITY_INSPECTOR" } });

        AssertNoErrors(payload);
        var user = payload.GetProperty("user");
        Assert.Equal(admin.Slug + ".agent", user.GetProperty("userName").GetString());
        var token = await _driver.SignInAsync(admin.Slug + ".agent", payload.GetProperty("initialPassword").GetString()!);
        Assert.NotNull(token);
        var jwt = new JsonWebToken(token);
        Assert.Equal(["AGENT", "QUALITY_INSPECTOR"], Roles(jwt));
        Assert.Equal(user.GetProperty("accountId").GetString(), jwt.Subject);
        Assert.Equal(admin.TenantClaim, jwt.GetClaim("tenant_id").Value);

        var listed = await _driver.GraphQLAsync(admin.Token, AdministrationOperations.Users, new { first = 100, filter = new { role = "AGENT" } });
        var nodes = listed.GetProperty("data").GetProperty("users").GetProperty("nodes").EnumerateArray().ToList();
        var agent = Assert.Single(nodes);
        Assert.Equal(user.GetProperty("id").GetString(), agent.GetProperty("id").GetString());
        Assert.Equal(admin.Slug + ".agent", agent.GetProperty("userName").GetString());
        Assert.Equal(["AGENT", "QUALITY_INSPECTOR"], agent.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order());
    }

    [Fact]
    public async Task Assigned_and_revoked_roles_show_in_the_next_token()
    {
        var admin = await TenantAdminAsync("roles");
        var (userId, userName, password) = await CreateUserAsync(admin.Token, admin.Slug + ".staff", "E-200", "AGENT");

        var assigned = await _driver.MutateAsync(admin.Token, "assignRoles", AdministrationOperations.AssignRoles, new { userId, roles = new[] { "SUPERVISOR", "TRAINER" } });
        AssertNoErrors(assigned);
        Assert.Equal(["AGENT", "SUPERVISOR", "TRAINER"], Roles(new JsonWebToken((await _driver.SignInAsync(userName, password))!)));

        var revoked = await _driver.MutateAsync(admin.Token, "revokeRoles", AdministrationOperations.RevokeRoles, new { userId, roles = new[] { "AGENT", "TRAINER" } });
        AssertNoErrors(revoked);
        Assert.Equal(["SUPERVISOR"], revoked.GetProperty("user").GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(["SUPERVISOR"], Roles(new JsonWebToken((await _driver.SignInAsync(userName, password))!)));
    }

    [Fact]
    public async Task The_last_tenant_admin_cannot_lose_the_role_but_can_once_another_admin_exists()
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var (_, userName, password) = await _driver.TenantWithAdminAsync(platform, "last-admin");
        var token = (await _driver.SignInAsync(userName, password))!;
        var self = (await _driver.GraphQLAsync(token, AdministrationOperations.Users, new { first = 10 }))
            .GetProperty("data").GetProperty("users").GetProperty("nodes")[0].GetProperty("id").GetString();

        var refused = await _driver.MutateAsync(token, "revokeRoles", AdministrationOperations.RevokeRoles, new { userId = self, roles = new[] { "TENANT_ADMIN" } });

        AssertRefused(refused, "user", "LastTenantAdminError", "LAST_TENANT_ADMIN");
        Assert.Equal(["TENANT_ADMIN"], Roles(new JsonWebToken((await _driver.SignInAsync(userName, password))!)));

        await CreateUserAsync(token, userName + "2", "A-002", "TENANT_ADMIN");
        // With another admin the role may go; the account keeps a role of its own first.
        await _driver.MutateAsync(token, "assignRoles", AdministrationOperations.AssignRoles, new { userId = self, roles = new[] { "COMPLIANCE_OFFICER" } });
        var dropped = await _driver.MutateAsync(token, "revokeRoles", AdministrationOperations.RevokeRoles, new { userId = self, roles = new[] { "TENANT_ADMIN" } });
        AssertNoErrors(dropped);
        Assert.Equal(["COMPLIANCE_OFFICER"], Roles(new JsonWebToken((await _driver.SignInAsync(userName, password))!)));
    }

    [Theory]
    [InlineData("CUSTOMER")]
    [InlineData("PLATFORM_ADMIN")]
    public async Task Roles_outside_the_staff_roles_cannot_be_assigned(string role)
    {
        var admin = await TenantAdminAsync("bad-role");

        var payload = await _driver.MutateAsync(admin.Token, "createUser", AdministrationOperations.CreateUser,
            new { userName = admin.Slug + ".x", displayName = "X", employeeNumber = "E-1", roles = new[] { "AGENT", role } });

        AssertRefused(payload, "user", "UnknownRoleError", "UNKNOWN_ROLE");
        Assert.Null(await _driver.SignInAsync(admin.Slug + ".x", "anything"));
    }

    [Fact]
    public async Task Duplicate_user_names_and_employee_numbers_are_typed_errors()
    {
        var admin = await TenantAdminAsync("dup-user");
        await CreateUserAsync(admin.Token, admin.Slug + ".one", "E-1", "AGENT");

        var sameName = await _driver.MutateAsync(admin.Token, "createUser", AdministrationOperations.CreateUser,
            new { userName = admin.Slug.ToUpperInvariant() + ".ONE", displayName = "Two", employeeNumber = "E-2", roles = new[] { "AGENT" } });
        var sameNumber = await _driver.MutateAsync(admin.Token, "createUser", AdministrationOperations.CreateUser,
            new { userName = admin.Slug + ".three", displayName = "Three", employeeNumber = "E-1", roles = new[] { "AGENT" } });

        AssertRefused(sameName, "user", "DuplicateUserNameError", "DUPLICATE_USER_NAME");
        AssertRefused(sameNumber, "user", "DuplicateEmployeeNumberError", "DUPLICATE_EMPLOYEE_NUMBER");
        var users = await _driver.GraphQLAsync(admin.Token, AdministrationOperations.Users, new { first = 100, filter = new { role = "AGENT" } });
        Assert.Equal(1, users.GetProperty("data").GetProperty("users").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Users_page_by_cursor()
    {
        var admin = await TenantAdminAsync("user-page");
        for (var i = 0; i < 3; i++)
        {
            await CreateUserAsync(admin.Token, $"{admin.Slug}.u{i}", $"E-{i}", "AGENT");
        }

        var agents = new { role = "AGENT" };
        var first = (await _driver.GraphQLAsync(admin.Token, AdministrationOperations.Users, new { first = 2, filter = agents })).GetProperty("data").GetProperty("users");
        var rest = (await _driver.GraphQLAsync(admin.Token, AdministrationOperations.Users, new { first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString(), filter = agents }))
            .GetProperty("data").GetProperty("users");

        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var names = first.GetProperty("nodes").EnumerateArray().Concat(rest.GetProperty("nodes").EnumerateArray()).Select(n => n.GetProperty("userName").GetString()).ToList();
        Assert.Equal([$"{admin.Slug}.u0", $"{admin.Slug}.u1", $"{admin.Slug}.u2"], names);
    }

    private async Task<(string Token, string Slug, string TenantClaim)> TenantAdminAsync(string prefix)
    {
        var platform = await _driver.PlatformAdminTokenAsync();
        var (_, userName, password) = await _driver.TenantWithAdminAsync(platform, prefix);
        var token = (await _driver.SignInAsync(userName, password))!;
        return (token, userName[..userName.LastIndexOf('.')], new JsonWebToken(token).GetClaim("tenant_id").Value);
    }

    private async Task<(string UserId, string UserName, string Password)> CreateUserAsync(string adminToken, string userName, string employeeNumber, params string[] roles)
    {
        var payload = await _driver.MutateAsync(adminToken, "createUser", AdministrationOperations.CreateUser,
            new { userName, displayName = userName, employeeNumber, roles });
        AssertNoErrors(payload);
        return (payload.GetProperty("user").GetProperty("id").GetString()!, userName, payload.GetProperty("initialPassword").GetString()!);
    }

    private static List<string> Roles(JsonWebToken jwt) => jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value).Order().ToList();
}
