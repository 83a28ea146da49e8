using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.Api.Callers;
using Platform.Api.Confidentiality;
using Platform.Api.Schema;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Confidentiality;
using Platform.GraphQL.Types;
using ApiRole = Platform.Api.Callers.Role;
using StaffRole = Platform.Domain.Staff.StaffRole;

namespace Platform.Api.Tests.Authorization;

/// <summary>
/// The authorization matrix, generated from the schema's directives: every role of the schema's Role enum, an
/// anonymous caller, a foreign tenant's caller and a platform admin, against every field of every seeded Node type
/// (visible / masked / full / denied as @authorize and @pii decide) and every root query field. A type or field added
/// without an authorization decision fails <see cref="Every_object_type_and_root_field_carries_an_authorization_decision"/>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationMatrixTests(ApiEnvironment environment)
{
    // The seeded person acting in each role; a role added to the schema without an entry here fails the matrix.
    private static readonly Dictionary<ApiRole, string> Actors = new()
    {
        [ApiRole.TenantAdmin] = "admin",
        [ApiRole.Agent] = "agent1",
        [ApiRole.Supervisor] = "supervisor",
        [ApiRole.QualityInspector] = "inspector",
        [ApiRole.ComplaintHandler] = "handler",
        [ApiRole.ComplianceOfficer] = "compliance",
        [ApiRole.Trainer] = "trainer",
        [ApiRole.Customer] = "customer",
        [ApiRole.PlatformAdmin] = "operator",
    };

    // Root fields of this session's api-core regions, where "allowed" must also mean "answered without FORBIDDEN".
    private static readonly HashSet<string> OwnRootFields = ["me", "node", "nodes", "customers", "policies", "policiesDueForRenewal", "interactions"];

    private static readonly GraphQL.Types.Schema Schema = ApiSchema.Load(SchemaFile());

    [Fact]
    public void Every_object_type_and_root_field_carries_an_authorization_decision()
    {
        // Root fields decide for everything reached through them; Node types are also reachable directly through
        // node(id:), so they decide on the type itself. Anything else inherits the decision of the field reaching it.
        var undecided = new List<string>();
        foreach (var root in new[] { Schema.QueryType, Schema.MutationType, Schema.SubscriptionType }.OfType<ObjectType>())
        {
            undecided.AddRange(root.Fields.Where(f => f.FindDirective(AuthorizeDirective.Name) is null).Select(f => $"{root.Name}.{f.Name}"));
        }

        undecided.AddRange(Schema.Types.OfType<ObjectType>()
            .Where(t => t.Interfaces.Any(i => i.Name == "Node") && t.FindDirective(AuthorizeDirective.Name) is null)
            .Select(t => $"type {t.Name} (a Node)"));

        Assert.True(undecided.Count == 0, "Without an @authorize decision: " + string.Join(", ", undecided));
    }

    [Fact]
    public void Every_pii_field_is_a_string_on_an_authorized_type_with_a_known_subject()
    {
        var problems = new List<string>();
        foreach (var type in Schema.Types.OfType<ObjectType>())
        {
            foreach (var field in type.Fields.Where(f => PiiDirective.KindOf(f) is not null))
            {
                if (field.Type.GetNamedType().Name != "String")
                {
                    problems.Add($"{type.Name}.{field.Name} is not a String (masked values are text)");
                }

                if (type.FindDirective(AuthorizeDirective.Name) is null)
                {
                    problems.Add($"{type.Name}.{field.Name} is on a type without @authorize");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Every_role_anonymous_foreign_tenant_and_platform_admin_against_every_field_of_every_seeded_node_type()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "matrix", customers: 3, interactionsPerPolicy: 2);
        var foreign = await InsurerData.SeedAsync(environment.Stack, "matrix-foreign", customers: 1, interactionsPerPolicy: 0);
        var customer = data.SelfServiceCustomer;
        var policy = data.Policies[0];
        var interaction = data.Interactions.First(i => i.PolicyId == policy.Id && i.AgentId == data.Agent1Id);
        var instances = new Dictionary<string, (Guid Id, object Entity)>
        {
            ["Customer"] = (customer.Id, customer),
            ["Policy"] = (policy.Id, policy),
            ["Interaction"] = (interaction.Id, interaction),
        };
        var nodeTypes = Schema.Types.OfType<ObjectType>().Where(t => t.Interfaces.Any(i => i.Name == "Node")).ToList();
        Assert.Subset(nodeTypes.Select(t => t.Name).ToHashSet(), instances.Keys.ToHashSet());

        var checkedCells = 0;
        foreach (var role in SchemaRoles())
        {
            Assert.True(Actors.ContainsKey(role), $"Role {role} has no actor in the matrix: decide who plays it.");
            var roleName = AuthorizeDirective.RoleName(role);
            var token = role == ApiRole.PlatformAdmin
                ? await Tokens.ForAsync(environment.Stack, null, "operator@platform", roleName)
                : await data.TokenAsync(Actors[role], roleName);
            foreach (var type in nodeTypes.Where(t => instances.ContainsKey(t.Name)))
            {
                var (id, entity) = instances[type.Name];
                checkedCells += await CheckNodeAsync(data, token, [role], type, id, entity, foreignTenant: false);
            }
        }

        // A foreign tenant's most privileged reader, and an anonymous caller.
        var foreignToken = await foreign.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        foreach (var type in nodeTypes.Where(t => instances.ContainsKey(t.Name)))
        {
            checkedCells += await CheckNodeAsync(data, foreignToken, [ApiRole.ComplianceOfficer], type, instances[type.Name].Id, instances[type.Name].Entity, foreignTenant: true);
            using var anonymous = await environment.Stack.GraphQLAsync($"{{ node(id: \"{InsurerData.Id(type.Name, instances[type.Name].Id)}\") {{ id }} }}", token: null);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        Assert.True(checkedCells > 100, $"only {checkedCells} cells checked");
    }

    [Fact]
    public async Task Every_role_against_every_root_query_field_without_required_arguments()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "matrix-root", customers: 2, interactionsPerPolicy: 1);
        foreach (var role in SchemaRoles())
        {
            var roleName = AuthorizeDirective.RoleName(role);
            var token = role == ApiRole.PlatformAdmin
                ? await Tokens.ForAsync(environment.Stack, null, "operator@platform", roleName)
                : await data.TokenAsync(Actors[role], roleName);
            foreach (var field in Schema.QueryType.Fields.Where(f => f.Arguments.All(a => a.Type is not NonNullType || a.HasDefaultValue)))
            {
                var selection = field.Type.GetNamedType() is ScalarType or EnumType ? "" : " { __typename }";
                var body = await data.QueryAsync(token, $"{{ {field.Name}{selection} }}");
                var codes = ErrorsAt(body, field.Name);
                var allowed = AuthorizeDirective.Allows(AuthorizeDirective.Requirements(Schema.QueryType, field), [role]);
                if (!allowed)
                {
                    Assert.True(codes.Contains("FORBIDDEN"), $"{roleName} must be refused Query.{field.Name}: {body}");
                }
                else if (OwnRootFields.Contains(field.Name))
                {
                    Assert.True(!codes.Contains("FORBIDDEN") && !codes.Contains("UNAUTHENTICATED"), $"{roleName} must be allowed Query.{field.Name}: {body}");
                }
            }
        }
    }

    private async Task<int> CheckNodeAsync(InsurerData data, string token, ApiRole[] roles, ObjectType type, Guid id, object entity, bool foreignTenant)
    {
        var leaves = type.Fields.Where(f => f.Type.GetNamedType() is ScalarType or EnumType && f.Arguments.All(a => a.Type is not NonNullType || a.HasDefaultValue)).ToList();
        var body = await data.QueryAsync(token, $"{{ node(id: \"{InsurerData.Id(type.Name, id)}\") {{ __typename ... on {type.Name} {{ {string.Join(" ", leaves.Select(f => f.Name))} }} }} }}");
        var cell = $"{string.Join("+", roles)} × {type.Name}";
        var node = body.GetProperty("data").GetProperty("node");
        if (foreignTenant || !AuthorizeDirective.AllowsType(type, roles))
        {
            Assert.True(node.ValueKind == JsonValueKind.Null, $"{cell}: must not see the node: {body}");
            return 1;
        }

        Assert.True(node.ValueKind == JsonValueKind.Object, $"{cell}: must see the node: {body}");
        foreach (var field in leaves)
        {
            var codes = ErrorsAt(body, "node", field.Name);
            var value = node.GetProperty(field.Name);
            if (!AuthorizeDirective.Allows(AuthorizeDirective.Requirements(type, field), roles))
            {
                Assert.True(codes.Contains("FORBIDDEN") && value.ValueKind == JsonValueKind.Null, $"{cell}.{field.Name}: must be denied: {body}");
                continue;
            }

            if (PiiDirective.KindOf(field) is not { } kind)
            {
                Assert.True(codes.Count == 0, $"{cell}.{field.Name}: must be visible: {body}");
                continue;
            }

            var raw = RawValue(entity, field.Name);
            var subject = PiiSubjects.Of(entity);
            var decision = Clearance.Decide(Viewer(data, roles[0]), subject.CustomerId, Context(data, roles[0], subject.CustomerId), DateTimeOffset.UtcNow);
            switch (decision.Level)
            {
                case ClearanceLevel.Denied:
                    Assert.True(codes.Contains("FORBIDDEN") && value.ValueKind == JsonValueKind.Null, $"{cell}.{field.Name}: must be denied (R-PII-03): {body}");
                    break;
                case ClearanceLevel.Masked:
                    Assert.Equal(PiiMasking.Mask(kind, raw), value.GetString());
                    if (raw is not null)
                    {
                        Assert.NotEqual(raw, value.GetString());
                    }

                    break;
                default:
                    Assert.Equal(raw, value.GetString());
                    break;
            }
        }

        return leaves.Count;
    }

    private static DataViewer Viewer(InsurerData data, ApiRole role) => role switch
    {
        ApiRole.Customer => DataViewer.Customer(data.SelfServiceCustomer.Id),
        _ => DataViewer.Staff(role == ApiRole.ComplaintHandler ? data.HandlerId : role == ApiRole.Agent ? data.Agent1Id : Guid.NewGuid(), Enum.Parse<StaffRole>(role.ToString())),
    };

    // The seed's facts: the handler handles a complaint of the self-service customer; no interaction is verified.
    private static ClearanceContext Context(InsurerData data, ApiRole role, Guid customerId) =>
        role == ApiRole.ComplaintHandler && customerId == data.ComplaintCustomer.Id ? new ClearanceContext(HandlesComplaintOfCustomer: true) : ClearanceContext.None;

    private static string? RawValue(object entity, string field)
    {
        var property = entity.GetType().GetProperties().Single(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        return property.GetValue(entity) switch
        {
            null => null,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        };
    }

    private static IEnumerable<ApiRole> SchemaRoles() =>
        ((EnumType)Schema.GetType("Role")!).Values.Select(v => RoleNames.TryParse(v.Name, out var r) ? r : throw new InvalidOperationException($"Role {v.Name} unknown to the API"));

    private static List<string> ErrorsAt(JsonElement body, params string[] path)
    {
        var codes = new List<string>();
        if (!body.TryGetProperty("errors", out var errors))
        {
            return codes;
        }

        foreach (var error in errors.EnumerateArray())
        {
            var at = error.TryGetProperty("path", out var p) ? p.EnumerateArray().Select(x => x.ToString()).ToArray() : [];
            if (at.SequenceEqual(path) && error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code))
            {
                codes.Add(code.GetString()!);
            }
        }

        return codes;
    }

    private static string SchemaFile([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "schema", "schema.graphql"));
}
