using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Platform.Api.Callers;
using Platform.Api.Confidentiality;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.GraphQL.Types;
using Xunit.Abstractions;
using ApiRole = Platform.Api.Callers.Role;
using GraphSchema = Platform.GraphQL.Types.Schema;

namespace Platform.Api.Tests.Authorization;

/// <summary>
/// The authorization matrix, generated from the loaded schema's directives: every role of the schema's Role enum,
/// an anonymous caller and a foreign tenant's caller, against every object type a caller can reach (Node types
/// through <c>node(id:)</c> with a seeded id of each, everything else through the root field reaching it) and every
/// field below, with extra attention to the fields carrying <c>@authorize</c> or <c>@pii</c> (R-PII-02, R-PII-03,
/// R-TEN-01, R-TEN-02). Expected outcomes come from the directives and the role; the answers come from the real API
/// over HTTP and WebSocket with tokens from the real token endpoint. A reachable type or field without a decision,
/// or a Node type without a sample, fails the structural test by name.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationMatrixTests(ApiEnvironment environment, ITestOutputHelper output)
{
    private static readonly GraphSchema Schema = ApiSchema.Load(SchemaFile());

    // The seeded row of each Node type a role looks up, in the row scope of every role the type admits, so a null
    // answer can only come from the directive (or from OutOfScope). Staff other than trainers, compliance, quality
    // and admins read only their own training records, hence the handler's own.
    private static readonly Dictionary<string, Func<EveryTypeData, ApiRole?, Guid>> Samples = new()
    {
        ["Customer"] = (d, _) => d.Insurer.SelfServiceCustomer.Id,
        ["Policy"] = (d, _) => d.Insurer.Policies[0].Id,
        ["Interaction"] = (d, _) => d.Call.Id,
        ["Recording"] = (d, _) => d.RecordingId,
        ["Complaint"] = (d, _) => d.ComplaintId,
        ["SurveyResponse"] = (d, _) => d.SurveyId,
        ["TrainingCourse"] = (d, _) => d.CourseId,
        ["TrainingRecord"] = (d, role) => d.TrainingRecords[role == ApiRole.ComplaintHandler ? "handler" : "agent1"],
        ["PsychologicalAssessment"] = (d, _) => d.AssessmentId,
        ["Tenant"] = (d, _) => d.Tenant,
        ["User"] = (d, _) => d.Staff["agent1"],
        ["Team"] = (d, _) => d.TeamId,
    };

    // Node lookups a type's directive admits but the row scope does not, with the reason.
    private static readonly Dictionary<(string Type, ApiRole Role), string> OutOfScope = new()
    {
        [("Tenant", ApiRole.PlatformAdmin)] = "node(id:) reads only the caller's own tenant; platform admins reach tenants through Query.tenants",
        [("User", ApiRole.PlatformAdmin)] = "platform admins see only the tenant admins they create, in createTenantAdmin's payload",
    };

    [Fact]
    public void Every_reachable_field_and_node_type_carries_or_inherits_a_decision_and_every_node_type_has_a_sample()
    {
        var problems = new List<string>();
        foreach (var root in SchemaWalk.Roots(Schema))
        {
            problems.AddRange(root.Fields.Where(f => f.FindDirective(AuthorizeDirective.Name) is null).Select(f => $"root field {root.Name}.{f.Name} has no @authorize"));
        }

        foreach (var node in SchemaWalk.NodeTypes(Schema))
        {
            if (node.FindDirective(AuthorizeDirective.Name) is null)
            {
                problems.Add($"Node type {node.Name} has no @authorize of its own (node(id:) reaches it for any authenticated caller)");
            }

            if (!Samples.ContainsKey(node.Name))
            {
                problems.Add($"Node type {node.Name} has no seeded sample id in AuthorizationMatrixTests.Samples");
            }
        }

        problems.AddRange(Samples.Keys.Where(k => SchemaWalk.NodeTypes(Schema).All(t => t.Name != k)).Select(k => $"sample for {k}, which is no Node type"));
        problems.AddRange(SchemaWalk.Fields(Schema).Where(f => !f.Decided).Select(f => $"{f.Name} (reached through {f.Path}) neither carries nor inherits a decision"));
        var arguments = new ArgumentLiterals(Guid.NewGuid(), DateOnly.FromDateTime(DateTime.UtcNow));
        problems.AddRange(SchemaWalk.Fields(Schema).Where(f => arguments.For(f.Field) is null).Select(f => $"{f.Name} has a required argument the matrix cannot write"));
        problems.AddRange(SchemaRoles().Where(r => !EveryTypeData.Actors.ContainsKey(r)).Select(r => $"role {r} has no actor in the matrix: decide who plays it"));

        Assert.True(problems.Count == 0, "Authorization decisions missing:\n" + string.Join("\n", problems));
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
    public async Task Every_role_anonymous_and_foreign_caller_against_every_reachable_type_and_sensitive_field_R_PII_03_R_TEN_01()
    {
        var clock = Stopwatch.StartNew();
        var home = await EveryTypeData.SeedAsync(environment.Stack, "matrix");
        var foreign = await EveryTypeData.SeedAsync(environment.Stack, "matrix-foreign");
        var homeIds = (await home.RowIdsAsync()).Values.SelectMany(ids => ids);
        var matrix = new AuthorizationMatrix(Schema, environment.Stack, home, foreign, homeIds);
        var platform = new ConcurrentDictionary<string, (string[] Roles, Task<string> Token)>();

        var callers = new List<(MatrixCaller Caller, Guid? Tenant)>();
        foreach (var role in SchemaRoles())
        {
            var name = AuthorizeDirective.RoleName(role);
            var token = role == ApiRole.PlatformAdmin
                ? await RealTokens.ForAsync(platform, environment.Stack, null, "operator@" + home.Insurer.Code, [name])
                : await home.TokenAsync(EveryTypeData.Actors[role], name);
            callers.Add((new MatrixCaller(name, [role], token, Foreign: false), role == ApiRole.PlatformAdmin ? null : home.Tenant));
        }

        // The foreign tenant's caller holds every tenant role, so no directive hides anything from it: whatever it
        // does not see is hidden by tenancy.
        var tenantRoles = SchemaRoles().Where(r => r != ApiRole.PlatformAdmin).ToArray();
        var foreignToken = await foreign.TokenAsync("omni", [.. tenantRoles.Select(AuthorizeDirective.RoleName)]);
        callers.Add((new MatrixCaller("foreign tenant (every tenant role)", tenantRoles, foreignToken, Foreign: true), foreign.Tenant));

        var phases = new Dictionary<string, TimeSpan> { ["seed"] = clock.Elapsed };
        async Task Timed(string phase, Func<Task> run)
        {
            var started = clock.Elapsed;
            await run();
            phases[phase] = phases.GetValueOrDefault(phase) + (clock.Elapsed - started);
        }

        foreach (var (caller, tenant) in callers)
        {
            await Timed("query roots", () => matrix.QueryRootsAsync(caller));
            await Timed("nodes", () => matrix.NodesAsync(caller, Samples, OutOfScope));
            await Timed("mutations", () => matrix.MutationsAsync(caller));
            await Timed("subscriptions", () => matrix.SubscriptionsAsync(caller, tenant));
        }

        // Last, because it changes the home tenant: the seeded complaint gets its feedback (a status change every
        // admitted role receives) and an urgent complaint about agent1's call is filed (a green-channel alert).
        var handler = await home.TokenAsync(EveryTypeData.Actors[ApiRole.ComplaintHandler], "COMPLAINT_HANDLER");
        await Timed("events", () => matrix.EventsAsync(callers, async () =>
        {
            var feedback = await home.Insurer.QueryAsync(handler, $$"""
                mutation { giveComplaintFeedback(input: { complaintId: "{{GlobalId.Encode("Complaint", home.ComplaintId)}}", text: "We apologise for the transfers.", nextSteps: "Ask for a review within 30 days." }) { errors { __typename } } }
                """);
            Assert.Equal(0, Tokens.Data(feedback).GetProperty("giveComplaintFeedback").GetProperty("errors").GetArrayLength());
            var filed = await home.Insurer.QueryAsync(handler, $$"""
                mutation { fileComplaint(input: { customerId: "{{GlobalId.Encode("Customer", home.Insurer.SelfServiceCustomer.Id)}}", interactionId: "{{GlobalId.Encode("Interaction", home.Call.Id)}}",
                  channel: PHONE, category: SERVICE_ATTITUDE, description: "Rude again", urgent: true }) { errors { __typename } } }
                """);
            Assert.Equal(0, Tokens.Data(filed).GetProperty("fileComplaint").GetProperty("errors").GetArrayLength());
        }));
        await Timed("anonymous", () => matrix.AnonymousAsync(Samples));

        // Coverage: the matrix must have looked at every type a query or an event can reach and every sensitive field
        // of them; types only mutations reach are covered by the mutations' refusals (allowed mutations are not run).
        var problems = new List<string>(matrix.Mismatches);
        var answerable = SchemaWalk.QueryReachableTypes(Schema).Union(SchemaWalk.EventReachableTypes(Schema)).ToHashSet();
        problems.AddRange(answerable.Where(t => !matrix.SeenTypes.Contains(t)).Order().Select(t => $"coverage · type {t} is reachable by queries or events but appeared in no checked answer"));
        var sensitive = SchemaWalk.Fields(Schema).Where(f => f.Sensitive && answerable.Contains(f.Parent.Name)).ToList();
        problems.AddRange(sensitive.Where(f => !matrix.Cells.Keys.Any(c => c.Type == f.Parent.Name && c.Field == f.Field.Name))
            .Select(f => $"coverage · sensitive field {f.Name} was never checked"));
        problems.AddRange(matrix.Unfillable.Order().Select(f => $"coverage · {f} has an argument the matrix cannot write"));

        var reachable = SchemaWalk.ReachableTypes(Schema);
        output.WriteLine($"{callers.Count + 1} callers ({callers.Count - 1} roles, the foreign tenant's caller, anonymous); "
            + $"{reachable.Count} reachable object types ({answerable.Count} checked in answers to queries and events, {reachable.Count - answerable.Count} only reached by mutations, whose refusals are checked), "
            + $"{SchemaWalk.NodeTypes(Schema).Count} Node types; {sensitive.Count} sensitive fields ({sensitive.Count(f => f.Field.FindDirective(AuthorizeDirective.Name) is not null || PiiDirective.KindOf(f.Field) is not null)} carrying @authorize or @pii, "
            + $"the others returning a type that carries @authorize); {matrix.Cells.Count} distinct caller × type × field cells; "
            + $"{matrix.Outcomes.Values.Sum()} checks in {matrix.Requests} requests, {clock.Elapsed.TotalSeconds:F1} s; "
            + $"{matrix.AllowedMutationsNotRun} admitted caller × mutation pairs not run (they would change data)");
        output.WriteLine(string.Join(", ", matrix.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}")));
        output.WriteLine("time: " + string.Join(", ", phases.Select(p => $"{p.Key} {p.Value.TotalSeconds:F1} s")));
        // The sensitive fields' row of the matrix: what each caller got (visible, full, masked, denied; blank: never reached).
        var columns = callers.Select(c => c.Caller.Name).ToList();
        output.WriteLine(string.Join(" | ", ["field".PadRight(40), .. columns.Select(c => c.Length > 12 ? c[..12] : c.PadRight(12))]));
        foreach (var field in sensitive.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var row = columns.Select(c => matrix.Cells.TryGetValue((c, field.Parent.Name, field.Field.Name), out var seen) ? string.Join("/", seen) : "");
            output.WriteLine(string.Join(" | ", [field.Name.PadRight(40), .. row.Select(r => r.PadRight(12))]));
        }

        foreach (var ((type, role), why) in OutOfScope)
        {
            output.WriteLine($"absent by row scope, not by directive: {role} × {type}: {why}");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} cells differ from the schema's decisions:\n" + string.Join("\n", problems.Take(150))
            + (problems.Count > 150 ? $"\n… and {problems.Count - 150} more" : ""));
    }

    private static IEnumerable<ApiRole> SchemaRoles() =>
        ((EnumType)Schema.GetType("Role")!).Values.Select(v => RoleNames.TryParse(v.Name, out var r) ? r : throw new InvalidOperationException($"Role {v.Name} unknown to the API"));

    private static string SchemaFile([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "schema", "schema.graphql"));
}
