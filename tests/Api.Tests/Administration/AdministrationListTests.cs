using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;
using Platform.Identity.Persistence;

namespace Platform.Api.Tests.Administration;

/// <summary>Filters and orders of the tenant, user, team, team-member and service-client lists, over keyset pages.</summary>
[Collection(ApiCollection.Name)]
public sealed class AdministrationListTests(ApiEnvironment environment)
{
    private readonly AdministrationDriver _driver = new(environment.Stack);

    [Fact]
    public async Task Tenants_order_by_creation_slug_or_name_both_ways_and_filter_by_slug_prefix_and_status()
    {
        var prefix = "lst" + Guid.NewGuid().ToString("N")[..6];
        var start = DateTimeOffset.UtcNow.AddDays(-3);
        // Slug, name and creation orders all differ; two tenants are created at the same instant.
        var rows = new (string Slug, string Name, int Minutes, string Status)[]
        {
            ("c", "Beta Life", 10, "Active"), ("a", "Delta Re", 30, "Suspended"), ("e", "Alpha Mutual", 20, "Active"),
            ("b", "Echo Property", 10, "Active"), ("d", "Charlie Health", 0, "Active"),
        };
        var ids = new Dictionary<string, Guid>();
        await using (var connection = new NpgsqlConnection(environment.Stack.OwnerConnectionString))
        {
            await connection.OpenAsync();
            foreach (var row in rows)
            {
                var id = Guid.CreateVersion7();
                ids[row.Slug] = id;
                await using var insert = new NpgsqlCommand("INSERT INTO tenants (id, code, name, status, created_at) VALUES ($1, $2, $3, $4, $5)", connection);
                insert.Parameters.AddWithValue(id);
                insert.Parameters.AddWithValue($"{prefix}-{row.Slug}");
                insert.Parameters.AddWithValue(row.Name);
                insert.Parameters.AddWithValue(row.Status);
                insert.Parameters.AddWithValue(start.AddMinutes(row.Minutes));
                await insert.ExecuteNonQueryAsync();
            }
        }

        var token = await _driver.PlatformAdminTokenAsync();
        async Task<List<string>> Walk(string args) => await Paging.BothWaysAsync(
            q => DataAsync(token, q), paging => $"{{ tenants({paging}, filter: {{ slugPrefix: \"{prefix}-\"{args}) {{ nodes {{ slug }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("tenants"), size: 2, key: n => n.GetProperty("slug").GetString()![(prefix.Length + 1)..]);
        var byCreation = rows.OrderBy(r => r.Minutes).ThenBy(r => ids[r.Slug]).Select(r => r.Slug).ToList();
        var byName = rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => r.Slug).ToList();

        Assert.Equal(byCreation, await Walk(" }"));
        Assert.Equal(Enumerable.Reverse(byCreation), await Walk(" }, orderBy: { field: CREATED_AT, direction: DESC }"));
        Assert.Equal(["a", "b", "c", "d", "e"], await Walk(" }, orderBy: { field: SLUG }"));
        Assert.Equal(["e", "d", "c", "b", "a"], await Walk(" }, orderBy: { field: SLUG, direction: DESC }"));
        Assert.Equal(byName, await Walk(" }, orderBy: { field: NAME }"));
        Assert.Equal(["a"], await Walk(", status: SUSPENDED }, orderBy: { field: NAME, direction: DESC }"));
        Assert.Equal(["e", "d", "c", "b"], await Walk(", status: ACTIVE }, orderBy: { field: SLUG, direction: DESC }"));

        var slug = await Paging.FirstCursorAsync(q => DataAsync(token, q),
            paging => $"{{ tenants({paging}, orderBy: {{ field: SLUG }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("tenants"));
        Assert.Equal(["INVALID_CURSOR"], Codes(await _driver.GraphQLAsync(token, $"{{ tenants(after: \"{slug}\") {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Codes(await _driver.GraphQLAsync(token, $"{{ tenants(after: \"{slug}\", orderBy: {{ field: NAME }}) {{ totalCount }} }}")));
    }

    [Fact]
    public async Task Users_order_by_creation_name_or_employee_number_both_ways_and_filter_by_activity_and_name_prefix()
    {
        var data = await SeedStaffAsync("lst-users");
        var admin = await data.TokenAsync("admin", "TENANT_ADMIN");
        var staff = await StaffAsync(data);
        async Task<List<string>> Walk(string args) => await Paging.BothWaysAsync(
            q => Data(data, admin, q), paging => $"{{ users({paging}{args}) {{ nodes {{ displayName }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("users"), size: 3, key: n => n.GetProperty("displayName").GetString()!);
        List<string> By<TKey>(Func<StaffMember, TKey> key, Func<StaffMember, bool>? which = null) =>
            [.. staff.Where(which ?? (_ => true)).OrderBy(key).ThenBy(s => s.Id).Select(s => s.DisplayName)];
        var byNumber = By(s => s.EmployeeNumber);
        var byName = staff.OrderBy(s => s.DisplayName, StringComparer.Ordinal).Select(s => s.DisplayName).ToList();
        Assert.NotEqual(byName, byNumber);

        Assert.Equal(By(s => s.CreatedAt), await Walk(""));
        Assert.Equal(Enumerable.Reverse(By(s => s.CreatedAt)), await Walk(", orderBy: { field: CREATED_AT, direction: DESC }"));
        Assert.Equal(byName, await Walk(", orderBy: { field: DISPLAY_NAME }"));
        Assert.Equal(Enumerable.Reverse(byName), await Walk(", orderBy: { field: DISPLAY_NAME, direction: DESC }"));
        Assert.Equal(byNumber, await Walk(", orderBy: { field: EMPLOYEE_NUMBER }"));
        Assert.Equal(Enumerable.Reverse(byNumber), await Walk(", orderBy: { field: EMPLOYEE_NUMBER, direction: DESC }"));
        Assert.Equal(By(s => s.EmployeeNumber, s => !s.Active), await Walk(", filter: { active: false }, orderBy: { field: EMPLOYEE_NUMBER }"));
        Assert.Equal(By(s => s.CreatedAt, s => s.Active), await Walk(", filter: { active: true }"));
        Assert.Equal(["agent1", "agent2"], await Walk(", filter: { displayNamePrefix: \"agent\" }, orderBy: { field: DISPLAY_NAME }"));
        Assert.Equal(["agent2"], await Walk(", filter: { displayNamePrefix: \"agent\", active: false }"));

        var byDisplay = await Paging.FirstCursorAsync(q => Data(data, admin, q),
            paging => $"{{ users({paging}, orderBy: {{ field: DISPLAY_NAME }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("users"));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(admin, $"{{ users(after: \"{byDisplay}\", orderBy: {{ field: EMPLOYEE_NUMBER }}) {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(admin, $"{{ teams(after: \"{byDisplay}\") {{ totalCount }} }}")));
    }

    [Fact]
    public async Task Teams_order_by_creation_or_name_and_filter_by_name_and_supervisor_and_members_page_per_team()
    {
        var data = await SeedStaffAsync("lst-teams");
        var admin = await data.TokenAsync("admin", "TENANT_ADMIN");
        var teams = await TeamsAsync(data);
        async Task<List<string>> Walk(string args) => await Paging.BothWaysAsync(
            q => Data(data, admin, q), paging => $"{{ teams({paging}{args}) {{ nodes {{ name }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("teams"), size: 2, key: n => n.GetProperty("name").GetString()!);
        var byCreation = teams.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Name).ToList();
        var byName = teams.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name).ToList();
        Assert.NotEqual(byCreation, byName);
        var supervisor = InsurerData.Id("User", data.SupervisorId);

        Assert.Equal(byCreation, await Walk(""));
        Assert.Equal(Enumerable.Reverse(byCreation), await Walk(", orderBy: { field: CREATED_AT, direction: DESC }"));
        Assert.Equal(byName, await Walk(", orderBy: { field: NAME }"));
        Assert.Equal(Enumerable.Reverse(byName), await Walk(", orderBy: { field: NAME, direction: DESC }"));
        Assert.Equal(byName.Where(n => n.StartsWith("North", StringComparison.Ordinal)), await Walk(", filter: { namePrefix: \"North\" }, orderBy: { field: NAME }"));
        Assert.Equal(
            teams.Where(t => t.SupervisorId == data.SupervisorId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Name),
            await Walk($", filter: {{ supervisorId: \"{supervisor}\" }}"));
        Assert.Equal(teams.Where(t => t.SupervisorId is null).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Name), await Walk(", filter: { hasSupervisor: false }, orderBy: { field: NAME }"));
        Assert.Equal(["INVALID_ID"], Tokens.ErrorCodes(await data.QueryAsync(admin, $"{{ teams(filter: {{ supervisorId: \"{InsurerData.Id("Team", data.SupervisorId)}\" }}) {{ totalCount }} }}")));

        // Members: each team's list is ordered and paged on its own; a cursor of one team is refused for another.
        var team = teams.Single(t => t.Name == "Team " + data.Code);
        var teamId = InsurerData.Id("Team", team.Id);
        var members = await Paging.BothWaysAsync(
            q => Data(data, admin, q), paging => $"{{ node(id: \"{teamId}\") {{ ... on Team {{ members({paging}, orderBy: {{ field: DISPLAY_NAME, direction: DESC }}) {{ nodes {{ displayName }} {Paging.PageInfo} }} }} }} }}",
            d => d.GetProperty("node").GetProperty("members"), size: 1, key: n => n.GetProperty("displayName").GetString()!);
        Assert.Equal(["handler", "agent2", "agent1"], members);
        var cursor = await Paging.FirstCursorAsync(q => Data(data, admin, q),
            paging => $"{{ node(id: \"{teamId}\") {{ ... on Team {{ members({paging}) {{ nodes {{ id }} {Paging.PageInfo} }} }} }} }}", d => d.GetProperty("node").GetProperty("members"));
        var other = InsurerData.Id("Team", teams.First(t => t.Id != team.Id).Id);
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(admin, $"{{ node(id: \"{other}\") {{ ... on Team {{ members(after: \"{cursor}\") {{ totalCount }} }} }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(admin, $"{{ users(after: \"{cursor}\") {{ totalCount }} }}")));
    }

    [Fact]
    public async Task Service_clients_are_a_connection_ordered_by_creation_or_client_id_and_filtered_by_state_role_and_prefix()
    {
        var tenant = await environment.Stack.AddTenantAsync("lst-clients");
        var admin = await _driver.TenantAdminClientTokenAsync(tenant);
        var prefix = "lc" + Guid.NewGuid().ToString("N")[..6];
        foreach (var (name, role) in new[] { ("m", "AGENT"), ("b", "QUALITY_INSPECTOR"), ("x", "AGENT"), ("a", "SUPERVISOR"), ("k", "AGENT") })
        {
            await environment.Stack.AddServiceClientAsync($"{prefix}-{name}", tenant, role);
        }

        var disabled = await _driver.MutateAsync(admin, "disableServiceClient", AdministrationOperations.DisableServiceClient, new { clientId = $"{prefix}-x" });
        AdministrationDriver.AssertNoErrors(disabled);
        List<ClientApplication> clients;
        await using (var scope = environment.Stack.IdentityServices.CreateAsyncScope())
        {
            clients = await scope.ServiceProvider.GetRequiredService<TokenServiceDbContext>().Clients.AsNoTracking()
                .Where(c => c.TenantId == tenant && c.SecretHash != null).ToListAsync();
        }

        Assert.Equal(6, clients.Count);
        async Task<List<string>> Walk(string args) => await Paging.BothWaysAsync(
            q => DataAsync(admin, q), paging => $"{{ serviceClients({paging}{args}) {{ totalCount nodes {{ clientId }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("serviceClients"), size: 2, key: n => n.GetProperty("clientId").GetString()!);
        var byCreation = clients.OrderBy(c => c.CreatedAt).ThenBy(c => c.ClientId, StringComparer.Ordinal).Select(c => c.ClientId).ToList();
        var byId = clients.Select(c => c.ClientId).Order(StringComparer.Ordinal).ToList();
        List<string> Ours(params string[] names) => [.. names.Select(n => $"{prefix}-{n}")];

        Assert.Equal(byCreation, await Walk(""));
        Assert.Equal(Enumerable.Reverse(byCreation), await Walk(", orderBy: { field: CREATED_AT, direction: DESC }"));
        Assert.Equal(byId, await Walk(", orderBy: { field: CLIENT_ID }"));
        Assert.Equal(Enumerable.Reverse(byId), await Walk(", orderBy: { field: CLIENT_ID, direction: DESC }"));
        Assert.Equal(Ours("a", "b", "k", "m", "x"), await Walk($", filter: {{ clientIdPrefix: \"{prefix}-\" }}, orderBy: {{ field: CLIENT_ID }}"));
        Assert.Equal(Ours("x"), await Walk(", filter: { enabled: false }"));
        Assert.Equal(Ours("m", "k"), await Walk(", filter: { role: AGENT, enabled: true }, orderBy: { field: CLIENT_ID, direction: DESC }"));
        var counted = await DataAsync(admin, "{ serviceClients(first: 1, filter: { role: AGENT }) { totalCount } }");
        Assert.Equal(3, counted.GetProperty("serviceClients").GetProperty("totalCount").GetInt32());

        var byClientId = await Paging.FirstCursorAsync(q => DataAsync(admin, q),
            paging => $"{{ serviceClients({paging}, orderBy: {{ field: CLIENT_ID }}) {{ nodes {{ clientId }} {Paging.PageInfo} }} }}", d => d.GetProperty("serviceClients"));
        Assert.Equal(["INVALID_CURSOR"], Codes(await _driver.GraphQLAsync(admin, $"{{ serviceClients(after: \"{byClientId}\") {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Codes(await _driver.GraphQLAsync(admin, $"{{ serviceClients(before: \"{byClientId}\", orderBy: {{ field: CLIENT_ID, direction: DESC }}) {{ totalCount }} }}")));
        Assert.Equal(["BAD_USER_INPUT"], Codes(await _driver.GraphQLAsync(admin, "{ serviceClients(first: 101) { totalCount } }")));
    }

    // The seed's staff with distinct creation times, employee numbers out of name order, two staff members who left,
    // and five teams (two led by the supervisor, two without one) besides the seed's own.
    private async Task<InsurerData> SeedStaffAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 1, interactionsPerPolicy: 0);
        await data.ChangeAsync(async db =>
        {
            var staff = await db.StaffMembers.AsTracking().OrderBy(s => s.DisplayName).ToListAsync();
            for (var i = 0; i < staff.Count; i++)
            {
                staff[i].EmployeeNumber = $"E{(i * 5) % staff.Count:D2}-{code}";
                staff[i].CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-((i * 3) % staff.Count));
                staff[i].Active = staff[i].DisplayName is not ("agent2" or "trainer");
                if (staff[i].DisplayName is "agent2" or "handler")
                {
                    staff[i].TeamId = (await db.Teams.SingleAsync()).Id;
                }
            }

            var now = DateTimeOffset.UtcNow;
            db.Teams.AddRange(
                new Team { TenantId = data.Tenant, Id = Guid.CreateVersion7(), Name = "North B", SupervisorId = data.SupervisorId, CreatedAt = now.AddHours(-1) },
                new Team { TenantId = data.Tenant, Id = Guid.CreateVersion7(), Name = "East", CreatedAt = now.AddHours(-3) },
                new Team { TenantId = data.Tenant, Id = Guid.CreateVersion7(), Name = "North A", SupervisorId = data.SupervisorId, CreatedAt = now.AddHours(-2) },
                new Team { TenantId = data.Tenant, Id = Guid.CreateVersion7(), Name = "West", CreatedAt = now.AddHours(-2) },
                new Team { TenantId = data.Tenant, Id = Guid.CreateVersion7(), Name = "Central", SupervisorId = data.Agent1Id, CreatedAt = now.AddHours(-4) });
        });
        return data;
    }

    private static async Task<List<StaffMember>> StaffAsync(InsurerData data)
    {
        List<StaffMember> staff = [];
        await data.ChangeAsync(async db => staff = await db.StaffMembers.AsNoTracking().ToListAsync());
        return staff;
    }

    private static async Task<List<Team>> TeamsAsync(InsurerData data)
    {
        List<Team> teams = [];
        await data.ChangeAsync(async db => teams = await db.Teams.AsNoTracking().ToListAsync());
        return teams;
    }

    private async Task<JsonElement> DataAsync(string token, string query)
    {
        var body = await _driver.GraphQLAsync(token, query);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    private static async Task<JsonElement> Data(InsurerData data, string token, string query) => Tokens.Data(await data.QueryAsync(token, query));

    private static List<string?> Codes(JsonElement body) => [.. Tokens.ErrorCodes(body)];
}
