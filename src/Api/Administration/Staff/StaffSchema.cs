using Microsoft.EntityFrameworkCore;
using Platform.Api.Administration.Tenants;
using Platform.Api.Callers;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;
using Platform.GraphQL.Types;

namespace Platform.Api.Administration.Staff;

/// <summary>Binds users and teams of the caller's tenant: lists, mutations and the <c>User</c> / <c>Team</c> types.</summary>
internal static class StaffSchema
{
    /// <summary>Global id type name of users (staff member ids).</summary>
    public const string UserType = "User";

    /// <summary>Global id type name of teams.</summary>
    public const string TeamType = "Team";

    // The default orders keep the names they had as the only orders, so their cursors stay valid.
    private static readonly KeysetOrders<StaffMember> UserOrders = StaffOrders("users")
        .Add("CREATED_AT", descending: false, new KeysetOrder<StaffMember, DateTimeOffset>("user-created", s => s.CreatedAt, s => s.Id, descending: false));

    private static readonly KeysetOrders<StaffMember> MemberOrders = StaffOrders("team-members");

    private static readonly KeysetOrders<Team> TeamOrders = new KeysetOrders<Team>("teams")
        .Add("CREATED_AT", t => t.CreatedAt, t => t.Id)
        .Add("NAME", t => t.Name, t => t.Id)
        .Add("CREATED_AT", descending: false, new KeysetOrder<Team, DateTimeOffset>("team-created", t => t.CreatedAt, t => t.Id, descending: false));

    public static SchemaBuilder Bind(SchemaBuilder b)
    {
        NodeTypes.Register<StaffUser>(UserType, LoadUsersAsync);
        NodeTypes.Register<Team>(TeamType, LoadTeamsAsync);
        return b
            .BindConnection("UserConnection", "UserEdge")
            .BindConnection("TeamConnection", "TeamEdge")
            .Bind("Query", "users", async c =>
            {
                var order = UserOrders.Pick(c.GetArgument<IReadOnlyDictionary<string, object?>>("orderBy"), "CREATED_AT", defaultDescending: false);
                var db = await c.Work().DbAsync(c.CancellationToken);
                var filter = c.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
                IQueryable<StaffMember> members = db.StaffMembers.Include(s => s.RoleAssignments);
                if (filter?.Id("teamId", TeamType) is { } teamId)
                {
                    members = members.Where(s => s.TeamId == teamId);
                }

                if (filter?.Get<bool?>("active") is { } active)
                {
                    members = members.Where(s => s.Active == active);
                }

                if (filter?.Get<string>("displayNamePrefix") is { Length: > 0 } prefix)
                {
                    members = members.Where(s => s.DisplayName.StartsWith(prefix));
                }

                if (filter?.Get<Role?>("role") is { } role && AssignableRole.ToStaffRole(role) is { } staffRole)
                {
                    members = members.Where(s => s.RoleAssignments.Any(a => a.Role == staffRole));
                }
                else if (filter?.Get<Role?>("role") is not null)
                {
                    return Connection<StaffUser>.Empty;
                }

                return await UserPageAsync(c, members, order, PageRequest.From(c));
            })
            .Bind("Query", "teams", async c =>
            {
                var order = TeamOrders.Pick(c.GetArgument<IReadOnlyDictionary<string, object?>>("orderBy"), "CREATED_AT", defaultDescending: false);
                var filter = c.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
                var supervisor = filter?.Id("supervisorId", UserType);
                var db = await c.Work().DbAsync(c.CancellationToken);
                IQueryable<Team> teams = db.Teams;
                if (filter?.Get<string>("namePrefix") is { Length: > 0 } prefix)
                {
                    teams = teams.Where(t => t.Name.StartsWith(prefix));
                }

                if (supervisor is { } supervisorId)
                {
                    teams = teams.Where(t => t.SupervisorId == supervisorId);
                }

                if (filter?.Get<bool?>("hasSupervisor") is { } hasSupervisor)
                {
                    teams = hasSupervisor ? teams.Where(t => t.SupervisorId != null) : teams.Where(t => t.SupervisorId == null);
                }

                return await order.PageAsync(teams, PageRequest.From(c), c.CancellationToken);
            })
            .Bind("Mutation", "createUser", async c =>
            {
                var input = AdministrationRequest.Input(c);
                var tenantId = c.Caller().TenantId!.Value;
                var (created, error) = await Staff(c).CreateAsync(tenantId, null, AdministrationRequest.Token(c), NewUser(input, input.List<Role>("roles"), input.Id("teamId", TeamType)), c.CancellationToken);
                return AdministrationRequest.Payload("user", created?.User, error, ("initialPassword", created?.InitialPassword));
            })
            .Bind("Mutation", "createTenantAdmin", async c =>
            {
                var input = AdministrationRequest.Input(c);
                var tenantId = input.Id("tenantId", TenantSchema.TypeName)!.Value;
                if (await c.RequestServices.GetRequiredService<TenantRegistry>().FindAsync(tenantId, c.CancellationToken) is null)
                {
                    return AdministrationRequest.Payload("user", null, AdministrationError.TenantNotFound(), ("initialPassword", null));
                }

                var (created, error) = await Staff(c).CreateAsync(tenantId, tenantId, AdministrationRequest.Token(c), NewUser(input, [Role.TenantAdmin], null), c.CancellationToken);
                return AdministrationRequest.Payload("user", created?.User, error, ("initialPassword", created?.InitialPassword));
            })
            .Bind("Mutation", "assignRoles", c => ChangeRolesAsync(c, add: true))
            .Bind("Mutation", "revokeRoles", c => ChangeRolesAsync(c, add: false))
            .Bind("Mutation", "createTeam", async c =>
            {
                var input = AdministrationRequest.Input(c);
                var (team, error) = await Teams(c).CreateAsync(c.Caller().TenantId!.Value, input.Get<string>("name"), input.Id("supervisorId", UserType), c.CancellationToken);
                return AdministrationRequest.Payload("team", team, error);
            })
            .Bind("Mutation", "addTeamMember", async c =>
            {
                var input = AdministrationRequest.Input(c);
                var (team, error) = await Teams(c).AddMemberAsync(c.Caller().TenantId!.Value, input.Id("teamId", TeamType)!.Value, input.Id("userId", UserType)!.Value, c.CancellationToken);
                return AdministrationRequest.Payload("team", team, error);
            })
            .Bind(UserType, "id", c => ValueTask.FromResult<object?>(GlobalId.Encode(UserType, ((StaffUser)c.Source!).Member.Id)))
            .Bind(UserType, "userName", UserNameAsync)
            .Bind(UserType, "displayName", c => ValueTask.FromResult<object?>(((StaffUser)c.Source!).Member.DisplayName))
            .Bind(UserType, "employeeNumber", c => ValueTask.FromResult<object?>(((StaffUser)c.Source!).Member.EmployeeNumber))
            .Bind(UserType, "active", c => ValueTask.FromResult<object?>(((StaffUser)c.Source!).Member.Active))
            .Bind(UserType, "createdAt", c => ValueTask.FromResult<object?>(((StaffUser)c.Source!).Member.CreatedAt))
            .Bind(UserType, "team", async c =>
                ((StaffUser)c.Source!).Member.TeamId is { } teamId ? await TeamLoader(c).LoadAsync(teamId) : null)
            .Bind(TeamType, "id", c => ValueTask.FromResult<object?>(GlobalId.Encode(TeamType, ((Team)c.Source!).Id)))
            .Bind(TeamType, "supervisor", async c =>
                ((Team)c.Source!).SupervisorId is { } supervisorId ? await SupervisorLoader(c).LoadAsync(supervisorId) : null)
            .Bind(TeamType, "members", async c =>
            {
                var teamId = ((Team)c.Source!).Id;
                var order = MemberOrders.Pick(c.GetArgument<IReadOnlyDictionary<string, object?>>("orderBy"), "CREATED_AT", defaultDescending: false);
                var db = await c.Work().DbAsync(c.CancellationToken);
                // Each team's members are a list of their own, so neither the user list's nor another team's cursors apply.
                return await UserPageAsync(c, db.StaffMembers.Include(s => s.RoleAssignments).Where(s => s.TeamId == teamId), order, PageRequest.From(c), within: teamId.ToString("N"));
            });
    }

    private static StaffAdministration Staff(IResolveFieldContext c) => c.RequestServices.GetRequiredService<StaffAdministration>();

    private static TeamAdministration Teams(IResolveFieldContext c) => c.RequestServices.GetRequiredService<TeamAdministration>();

    // Teams of a page of users, in one query per batch.
    private static DataLoader<Guid, Team> TeamLoader(IResolveFieldContext c)
    {
        var work = c.Work();
        return c.GetDataLoader("admin.team", () => new DataLoader<Guid, Team>(async (ids, ct) =>
        {
            var db = await work.DbAsync(ct);
            return await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        }));
    }

    // Supervisors of a page of teams: one query and one call to the token service per batch.
    private static DataLoader<Guid, StaffUser> SupervisorLoader(IResolveFieldContext c)
    {
        var work = c.Work();
        var staff = Staff(c);
        var token = AdministrationRequest.Token(c);
        return c.GetDataLoader("admin.supervisor", () => new DataLoader<Guid, StaffUser>(async (ids, ct) =>
        {
            var db = await work.DbAsync(ct);
            var users = await staff.UsersAsync(db, token, ids, ct);
            return users.ToDictionary(u => u.Member.Id);
        }));
    }

    private static NewStaffUser NewUser(IReadOnlyDictionary<string, object?> input, IReadOnlyList<Role> roles, Guid? teamId) =>
        new(input.Get<string>("userName"), input.Get<string>("displayName"), input.Get<string>("employeeNumber"), roles, teamId);

    private static async ValueTask<object?> ChangeRolesAsync(IResolveFieldContext c, bool add)
    {
        var input = AdministrationRequest.Input(c);
        var (user, error) = await Staff(c).ChangeRolesAsync(
            c.Caller().TenantId!.Value, AdministrationRequest.Token(c), input.Id("userId", UserType)!.Value, input.List<Role>("roles"), add, c.CancellationToken);
        return AdministrationRequest.Payload("user", user, error);
    }

    private static KeysetOrders<StaffMember> StaffOrders(string list) => new KeysetOrders<StaffMember>(list)
        .Add("CREATED_AT", s => s.CreatedAt, s => s.Id)
        .Add("DISPLAY_NAME", s => s.DisplayName, s => s.Id)
        .Add("EMPLOYEE_NUMBER", s => s.EmployeeNumber, s => s.Id);

    // One page of staff records, then one call to the token service for the page's user names.
    private static async Task<Connection<StaffUser>> UserPageAsync(
        IResolveFieldContext c, IQueryable<StaffMember> members, IKeysetOrder<StaffMember> order, PageRequest page, string? within = null)
    {
        var staffPage = within is null ? await order.PageAsync(members, page, c.CancellationToken) : await order.PageWithinAsync(members, page, within, c.CancellationToken);
        var users = await Staff(c).WithAccountsAsync(AdministrationRequest.Token(c), staffPage.TypedEdges.Select(e => e.Node).ToList(), c.CancellationToken);
        var edges = staffPage.TypedEdges.Zip(users, (edge, user) => new Edge<StaffUser>(edge.Cursor, user)).ToList();
        return new Connection<StaffUser>(edges, staffPage.PageInfo, staffPage.CountAsync);
    }

    private static async ValueTask<object?> UserNameAsync(IResolveFieldContext c)
    {
        var user = (StaffUser)c.Source!;
        if (user.UserName is not null || user.AccountId is null)
        {
            return user.UserName;
        }

        // Users loaded through node(id:) have no name yet (the node loader cannot reach the token service).
        var named = await Staff(c).WithAccountsAsync(AdministrationRequest.Token(c), [user.Member], c.CancellationToken);
        return named[0].UserName;
    }

    private static async Task<IReadOnlyDictionary<Guid, object>> LoadUsersAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (!caller.Has(Role.TenantAdmin) || caller.TenantId is null)
        {
            return new Dictionary<Guid, object>();
        }

        var db = await work.DbAsync(ct);
        var members = await db.StaffMembers.AsNoTracking().Include(s => s.RoleAssignments).Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        return members.ToDictionary(m => m.Id, m => (object)new StaffUser(m, m.RoleAssignments.Select(a => AssignableRole.ToRole(a.Role)).Order().ToList(), null));
    }

    private static async Task<IReadOnlyDictionary<Guid, object>> LoadTeamsAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (!caller.Has(Role.TenantAdmin) || caller.TenantId is null)
        {
            return new Dictionary<Guid, object>();
        }

        var db = await work.DbAsync(ct);
        return await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (object)t, ct);
    }
}
