using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Api.Tests.Authorization;
using Platform.Api.Tests.Complaints.Events;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Api.Tests.Surveys;
using Platform.GraphQL.Types;
using Xunit.Abstractions;
using ApiRole = Platform.Api.Callers.Role;
using GraphSchema = Platform.GraphQL.Types.Schema;

namespace Platform.Api.Tests.Isolation;

/// <summary>
/// Two seeded tenants of different sizes, each with rows of every Node type (<see cref="EveryTypeData"/>): every list
/// root field, every Node type through <c>node(id:)</c> and <c>nodes</c>, every aggregate and both complaint
/// subscriptions show a caller of one tenant nothing of the other (R-TEN-01), compared with the ids and counts the
/// database holds per tenant; a platform admin reads no tenant business data (R-TEN-02). The root fields and Node
/// types come from the schema, so a new one without an isolation case fails
/// <see cref="Every_root_field_and_node_type_has_an_isolation_case"/>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TenantIsolationTests(ApiEnvironment environment, ITestOutputHelper output)
{
    private static readonly GraphSchema Schema = ApiSchema.Load(SchemaFile());
    private static readonly ConcurrentDictionary<ApiStack, Lazy<Task<(EveryTypeData A, EveryTypeData B)>>> Pairs = new();

    // How each list root field's items are identified, which role lists all of a tenant's rows, which table they
    // come from and how many there are (null: the list shows a subset, so only membership is checked).
    private static readonly Dictionary<string, ListCase> ListCases = new()
    {
        ["customers"] = new("id", ApiRole.ComplianceOfficer, "customers", "SELECT count(*) FROM customers"),
        ["policies"] = new("id", ApiRole.ComplianceOfficer, "policies", "SELECT count(*) FROM policies"),
        ["policiesDueForRenewal"] = new("id", ApiRole.ComplianceOfficer, "policies", null),
        ["interactions"] = new("id", ApiRole.ComplianceOfficer, "interactions", "SELECT count(*) FROM interactions"),
        ["recordings"] = new("id", ApiRole.ComplianceOfficer, "recordings", "SELECT count(*) FROM recordings WHERE purged_at IS NULL"),
        ["recordingAccessLog"] = new("recordingId", ApiRole.ComplianceOfficer, "recordings", "SELECT count(*) FROM access_log WHERE resource_type = 'Recording'"),
        ["users"] = new("id", ApiRole.TenantAdmin, "staff_members", "SELECT count(*) FROM staff_members"),
        ["teams"] = new("id", ApiRole.TenantAdmin, "teams", "SELECT count(*) FROM teams"),
        ["serviceClients"] = new("clientId", ApiRole.TenantAdmin, null, null),
        ["surveys"] = new("id", ApiRole.ComplianceOfficer, "survey_responses", "SELECT count(*) FROM survey_responses"),
        ["complaints"] = new("id", ApiRole.ComplianceOfficer, "complaints", "SELECT count(*) FROM complaints"),
        ["trainingCourses"] = new("id", ApiRole.Trainer, "training_courses", "SELECT count(*) FROM training_courses"),
        ["trainingRecords"] = new("id", ApiRole.Trainer, "training_records", "SELECT count(*) FROM training_records"),
        ["psychologicalAssessments"] = new("id", ApiRole.Trainer, "psychological_assessments", "SELECT count(*) FROM psychological_assessments"),

        // The platform registry: only platform admins list it; no tenant caller may.
        ["tenants"] = new("id", ApiRole.PlatformAdmin, null, null),
    };

    // The root fields that are no lists, and the test that isolates each.
    private static readonly Dictionary<string, string> OtherCases = new()
    {
        ["node"] = nameof(Node_lookups_of_the_other_tenants_ids_of_every_node_type_are_null_for_every_role_R_TEN_01),
        ["nodes"] = nameof(Node_lookups_of_the_other_tenants_ids_of_every_node_type_are_null_for_every_role_R_TEN_01),
        ["me"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
        ["myTenant"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
        ["agentCertification"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
        ["satisfaction"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
        ["qualityMetrics"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
        ["trainingCompliance"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
        ["complaintAnalytics"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
        ["recordingTombstoneChain"] = nameof(Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01),
    };

    // The table holding each Node type's rows.
    private static readonly Dictionary<string, string> NodeTables = new()
    {
        ["Customer"] = "customers",
        ["Policy"] = "policies",
        ["Interaction"] = "interactions",
        ["Recording"] = "recordings",
        ["Complaint"] = "complaints",
        ["SurveyResponse"] = "survey_responses",
        ["TrainingCourse"] = "training_courses",
        ["TrainingRecord"] = "training_records",
        ["PsychologicalAssessment"] = "psychological_assessments",
        ["Tenant"] = "tenants",
        ["User"] = "staff_members",
        ["Team"] = "teams",
    };

    private static ApiRole[] TenantRoles => [.. Enum.GetValues<ApiRole>().Where(r => r != ApiRole.PlatformAdmin)];

    [Fact]
    public void Every_root_field_and_node_type_has_an_isolation_case()
    {
        var problems = new List<string>();
        foreach (var field in Schema.QueryType.Fields)
        {
            var list = IsList(field);
            if (list && field.Name is not ("node" or "nodes") && !ListCases.ContainsKey(field.Name))
            {
                problems.Add($"list root field Query.{field.Name} has no case in TenantIsolationTests.ListCases");
            }
            else if (!list && !OtherCases.ContainsKey(field.Name))
            {
                problems.Add($"root field Query.{field.Name} has no isolation case in TenantIsolationTests.OtherCases");
            }
        }

        problems.AddRange(ListCases.Keys.Concat(OtherCases.Keys).Where(k => Schema.QueryType.GetField(k) is null).Select(k => $"case for Query.{k}, which does not exist"));
        problems.AddRange(SchemaWalk.NodeTypes(Schema).Where(t => !NodeTables.ContainsKey(t.Name)).Select(t => $"Node type {t.Name} has no table in TenantIsolationTests.NodeTables"));
        problems.AddRange((Schema.SubscriptionType?.Fields ?? []).Where(f => f.Name is not ("complaintStatusChanged" or "complaintAlerts"))
            .Select(f => $"subscription {f.Name} has no isolation case"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_list_root_field_shows_each_role_of_one_tenant_only_its_own_rows_R_TEN_01()
    {
        var (a, b) = await PairAsync();
        var problems = new List<string>();
        var checks = 0;
        foreach (var (mine, theirs) in new[] { (a, b), (b, a) })
        {
            var theirIds = (await theirs.RowIdsAsync()).Values.SelectMany(i => i).ToHashSet();
            var myRows = await mine.RowIdsAsync();
            foreach (var (field, @case) in ListCases)
            {
                var definition = Schema.QueryType.GetField(field)!;
                var callers = TenantRoles.Where(r => Admits(definition, r)).Select(r => (Name: AuthorizeDirective.RoleName(r), Token: Token(mine, r)))
                    .Append((Name: "every tenant role", Token: OmniAsync(mine)));
                foreach (var (name, tokenTask) in callers)
                {
                    var body = await mine.Insurer.QueryAsync(await tokenTask, ListQuery(definition, @case.Item));
                    var where = $"{mine.Insurer.Code} {name} · Query.{field}";
                    if (!Admits(definition, name))
                    {
                        // A role the list does not admit (here: any tenant role for the platform registry) is refused.
                        checks++;
                        if (!Tokens.ErrorCodes(body).Contains(AuthorizeDirective.Forbidden))
                        {
                            problems.Add($"{where}: must be refused, got {body}");
                        }

                        continue;
                    }

                    if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object || body.TryGetProperty("errors", out _))
                    {
                        problems.Add($"{where}: not answered: {body}");
                        continue;
                    }

                    var items = Items(data.GetProperty(field), @case.Item);
                    checks += items.Count + 1;
                    problems.AddRange(items.Where(i => Foreign(i, theirIds, theirs)).Select(i => $"{where}: lists {i} of the other tenant"));
                    if (@case.Table is { } table)
                    {
                        problems.AddRange(items.Where(i => !myRows[table].Contains(LocalId(i))).Select(i => $"{where}: lists {i}, no row of its own {table}"));
                    }

                    if (name == AuthorizeDirective.RoleName(@case.WholeTenant))
                    {
                        if (items.Count == 0)
                        {
                            problems.Add($"{where}: lists nothing, so the case proves nothing");
                        }

                        if (@case.CountSql is { } sql && await mine.ScalarAsync<long>(sql) is var expected && expected != items.Count)
                        {
                            problems.Add($"{where}: lists {items.Count} rows, the tenant has {expected} ({sql})");
                        }
                    }
                }
            }
        }

        // The other direction's control: each tenant's whole-tenant reader does list its own rows, so the rows the
        // other tenant did not see are real list members, and service clients really are per tenant.
        Assert.Contains(a.ServiceClientId, Items(Tokens.Data(await a.Insurer.QueryAsync(await Token(a, ApiRole.TenantAdmin), "{ serviceClients(first: 100) { nodes { clientId } } }")).GetProperty("serviceClients"), "clientId"));
        output.WriteLine($"{checks} list checks over {ListCases.Count} list root fields, both directions");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Node_lookups_of_the_other_tenants_ids_of_every_node_type_are_null_for_every_role_R_TEN_01()
    {
        var (a, b) = await PairAsync();
        var problems = new List<string>();
        foreach (var (mine, theirs) in new[] { (a, b), (b, a) })
        {
            var rows = await theirs.RowIdsAsync();
            var foreignIds = SchemaWalk.NodeTypes(Schema).SelectMany(t => rows[NodeTables[t.Name]].Select(id => GlobalId.Encode(t.Name, id))).ToList();
            Assert.All(SchemaWalk.NodeTypes(Schema), t => Assert.NotEmpty(rows[NodeTables[t.Name]]));
            var callers = TenantRoles.Select(r => (Name: AuthorizeDirective.RoleName(r), Token: Token(mine, r)))
                .Append(("every tenant role", OmniAsync(mine)))
                .Append(("PLATFORM_ADMIN", PlatformAsync(mine)));
            foreach (var (name, token) in callers)
            {
                foreach (var chunk in foreignIds.Chunk(NodeSchema.MaxIds))
                {
                    var body = await mine.Insurer.QueryAsync(await token, $"{{ nodes(ids: [{string.Join(",", chunk.Select(i => $"\"{i}\""))}]) {{ __typename id }} }}");
                    var found = Tokens.Data(body).GetProperty("nodes").EnumerateArray().Where(n => n.ValueKind != JsonValueKind.Null).ToList();
                    problems.AddRange(found.Select(n => $"{mine.Insurer.Code} {name}: nodes(ids:) found {n} of {theirs.Insurer.Code}"));
                }

                // One node(id:) per type as well: the single lookup has its own resolver.
                foreach (var type in SchemaWalk.NodeTypes(Schema))
                {
                    var id = GlobalId.Encode(type.Name, rows[NodeTables[type.Name]].First());
                    var body = await mine.Insurer.QueryAsync(await token, $"{{ node(id: \"{id}\") {{ __typename id }} }}");
                    if (Tokens.Data(body).GetProperty("node").ValueKind != JsonValueKind.Null)
                    {
                        problems.Add($"{mine.Insurer.Code} {name}: node(id:) found {type.Name} {id} of {theirs.Insurer.Code}");
                    }
                }
            }

            // The same ids with their own tenant's caller of every tenant role are found: the nulls above are isolation.
            var owner = await OmniAsync(theirs);
            foreach (var chunk in foreignIds.Chunk(NodeSchema.MaxIds))
            {
                var body = await theirs.Insurer.QueryAsync(owner, $"{{ nodes(ids: [{string.Join(",", chunk.Select(i => $"\"{i}\""))}]) {{ id }} }}");
                var missing = Tokens.Data(body).GetProperty("nodes").EnumerateArray().Zip(chunk).Where(p => p.First.ValueKind == JsonValueKind.Null).Select(p => p.Second);
                problems.AddRange(missing.Select(id => $"control: {theirs.Insurer.Code}'s own caller does not find {Describe(id)}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Aggregates_and_single_lookups_count_only_the_callers_tenant_R_TEN_01()
    {
        var (a, b) = await PairAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = $"{{ from: \"{today.AddDays(-30):yyyy-MM-dd}\", to: \"{today.AddDays(1):yyyy-MM-dd}\" }}";
        foreach (var (mine, theirs) in new[] { (a, b), (b, a) })
        {
            var compliance = await Token(mine, ApiRole.ComplianceOfficer);
            var theirStaff = await theirs.GuidsAsync("SELECT id FROM staff_members");
            var myStaff = await mine.GuidsAsync("SELECT id FROM staff_members");

            // R-SAT-01/02: satisfaction counts the tenant's responses only, and its agent groups are the tenant's staff.
            var satisfaction = Tokens.Data(await mine.Insurer.QueryAsync(compliance, $"{{ satisfaction(period: {period}, groupBy: AGENT) {{ total {{ responses }} groups {{ agentId responses }} }} }}")).GetProperty("satisfaction");
            Assert.Equal(await mine.ScalarAsync<long>("SELECT count(*) FROM survey_responses"), satisfaction.GetProperty("total").GetProperty("responses").GetInt32());
            Assert.All(satisfaction.GetProperty("groups").EnumerateArray(), g => Assert.Contains(Guid.Parse(g.GetProperty("agentId").GetString()!), myStaff));

            // Quality metrics: calls, surveys and complaints per agent add up to the tenant's own.
            var rows = Tokens.Data(await mine.Insurer.QueryAsync(compliance, $"{{ qualityMetrics(period: {period}) {{ rows {{ agent {{ id }} inboundCalls surveyResponses complaintsReceived }} }} }}"))
                .GetProperty("qualityMetrics").GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(await mine.ScalarAsync<long>("SELECT count(*) FROM interactions WHERE channel = 'InboundCall'"), rows.Sum(r => r.GetProperty("inboundCalls").GetInt32()));
            Assert.Equal(await mine.ScalarAsync<long>("SELECT count(*) FROM survey_responses WHERE agent_id IS NOT NULL"), rows.Sum(r => r.GetProperty("surveyResponses").GetInt32()));
            Assert.Equal(await mine.ScalarAsync<long>("SELECT count(*) FROM complaints WHERE interaction_id IS NOT NULL"), rows.Sum(r => r.GetProperty("complaintsReceived").GetInt32()));
            Assert.All(rows, r => Assert.Contains(Guid.Parse(r.GetProperty("agent").GetProperty("id").GetString()!), myStaff));

            // R-TRN-04: with 2 of the 20 yearly hours each, every active staff member of the tenant, and nobody else, is short.
            var shortfalls = Tokens.Data(await mine.Insurer.QueryAsync(compliance, $"{{ trainingCompliance(year: {today.Year}, quarter: {((today.Month - 1) / 3) + 1}) {{ shortfalls {{ staff {{ id }} requirement }} }} }}"))
                .GetProperty("trainingCompliance").GetProperty("shortfalls").EnumerateArray()
                .Where(s => s.GetProperty("requirement").GetString() == "ANNUAL_HOURS").Select(s => Guid.Parse(s.GetProperty("staff").GetProperty("id").GetString()!)).ToHashSet();
            Assert.Equal(await mine.GuidsAsync("SELECT id FROM staff_members WHERE active"), shortfalls);

            // R-CMP-06: analytics count the tenant's complaints.
            var analytics = Tokens.Data(await mine.Insurer.QueryAsync(compliance, $"{{ complaintAnalytics(period: {period}) {{ total {{ complaints }} topRootCauses {{ rootCause complaints }} }} }}")).GetProperty("complaintAnalytics");
            Assert.Equal(await mine.ScalarAsync<long>("SELECT count(*) FROM complaints"), analytics.GetProperty("total").GetProperty("complaints").GetInt32());
            Assert.Equal(await mine.ScalarAsync<long>("SELECT count(*) FROM complaints WHERE root_cause IS NOT NULL"), analytics.GetProperty("topRootCauses").EnumerateArray().Sum(c => c.GetProperty("complaints").GetInt32()));

            // R-REC-06: the tombstone chain is the tenant's own (the larger tenant has one, the smaller none).
            var chain = Tokens.Data(await mine.Insurer.QueryAsync(compliance, "{ recordingTombstoneChain { length } }")).GetProperty("recordingTombstoneChain");
            Assert.Equal(await mine.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones"), chain.GetProperty("length").GetInt64());

            // Single lookups: another tenant's staff member has no certification here, one's own does.
            foreach (var role in new[] { ApiRole.Trainer, ApiRole.Supervisor, ApiRole.ComplianceOfficer, ApiRole.TenantAdmin })
            {
                var token = await Token(mine, role);
                var other = Tokens.Data(await mine.Insurer.QueryAsync(token, $"{{ agentCertification(staffId: \"{theirs.Insurer.Agent1Id}\") {{ mayActAsAgent }} }}"));
                Assert.Equal(JsonValueKind.Null, other.GetProperty("agentCertification").ValueKind);
                var own = Tokens.Data(await mine.Insurer.QueryAsync(token, $"{{ agentCertification(staffId: \"{mine.Insurer.Agent1Id}\") {{ staff {{ id }} }} }}"));
                Assert.Equal(mine.Insurer.Agent1Id.ToString(), own.GetProperty("agentCertification").GetProperty("staff").GetProperty("id").GetString());
            }

            var admin = await Token(mine, ApiRole.TenantAdmin);
            Assert.Equal(GlobalId.Encode("Tenant", mine.Tenant), Tokens.Data(await mine.Insurer.QueryAsync(admin, "{ myTenant { id } }")).GetProperty("myTenant").GetProperty("id").GetString());
            Assert.Equal(mine.Tenant.ToString(), Tokens.Data(await mine.Insurer.QueryAsync(admin, "{ me { tenantId } }")).GetProperty("me").GetProperty("tenantId").GetString());
            Assert.DoesNotContain(theirStaff, myStaff.Contains);
        }

        // The two tenants differ in every count above, so a leak in either direction would change a total (staff are
        // compared as sets).
        Assert.NotEqual(await a.ScalarAsync<long>("SELECT count(*) FROM survey_responses"), await b.ScalarAsync<long>("SELECT count(*) FROM survey_responses"));
        Assert.NotEqual(await a.ScalarAsync<long>("SELECT count(*) FROM interactions"), await b.ScalarAsync<long>("SELECT count(*) FROM interactions"));
        Assert.NotEqual(await a.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones"), await b.ScalarAsync<long>("SELECT count(*) FROM recording_tombstones"));
    }

    [Fact]
    public async Task The_widest_answer_of_every_root_field_holds_no_id_of_the_other_tenant_R_TEN_01()
    {
        var (a, b) = await PairAsync();
        var problems = new List<string>();

        // One direction: the smaller tenant's caller against the larger tenant's rows (the lists above run both ways).
        foreach (var (mine, theirs) in new[] { (a, b) })
        {
            var theirIds = (await theirs.RowIdsAsync()).Values.SelectMany(i => i).ToHashSet();
            var arguments = new ArgumentLiterals(mine.Insurer.Agent1Id, DateOnly.FromDateTime(DateTime.UtcNow));
            var token = await OmniAsync(mine);
            // Aggregates without ids (satisfaction, analytics, the tombstone chain) are compared with counts in their own test.
            foreach (var root in Schema.QueryType.Fields.Where(f => f.Name is not ("node" or "nodes" or "tenants")))
            {
                var selection = new SelectionBuilder(Schema, arguments).Build(Schema.QueryType, root, root.Name);
                var body = await mine.Insurer.QueryAsync(token, "{ " + selection.Render() + " }");
                var data = Tokens.Data(body);
                problems.AddRange(Strings(data).Where(s => Foreign(s, theirIds, theirs)).Distinct().Select(s => $"{mine.Insurer.Code} · Query.{root.Name}: holds {s} of {theirs.Insurer.Code}"));
                if (ListCases.ContainsKey(root.Name) && !Strings(data).Any(s => LocalId(s) != Guid.Empty || mine.ClientIds.Contains(s)))
                {
                    problems.Add($"{mine.Insurer.Code} · Query.{root.Name}: the answer holds no id at all, so the check proves nothing: {Shorten(body)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Complaint_events_of_the_other_tenant_never_reach_a_subscriber_R_TEN_01()
    {
        var (a, b) = await PairAsync();
        var compliance = await Token(a, ApiRole.ComplianceOfficer);
        await using var changes = await Subscriber.SubscribeAsync(environment.Stack, compliance, a.Tenant, "subscription { complaintStatusChanged { complaintId toStatus } }");
        await using var alerts = await Subscriber.SubscribeAsync(environment.Stack, compliance, a.Tenant, "subscription { complaintAlerts { kind complaintId } }");

        // Tenant B's urgent complaint raises a status change and a green-channel alert (R-CMP-03), then moves on.
        var theirs = await FileUrgentComplaintAsync(b);
        var accepted = Tokens.Data(await b.Insurer.QueryAsync(await Token(b, ApiRole.ComplaintHandler), $$"""mutation { acceptComplaint(input: { complaintId: "{{theirs}}" }) { errors { __typename } } }"""));
        Assert.Equal(0, accepted.GetProperty("acceptComplaint").GetProperty("errors").GetArrayLength());

        // Committed after B's events, tenant A's own complaint must be the first (and only) thing A's subscribers get.
        var mine = await FileUrgentComplaintAsync(a);
        var change = (await Subscriber.NextAsync(changes)).GetProperty("complaintStatusChanged");
        Assert.Equal((mine, "RECEIVED"), (change.GetProperty("complaintId").GetString(), change.GetProperty("toStatus").GetString()));
        var alert = (await Subscriber.NextAsync(alerts)).GetProperty("complaintAlerts");
        Assert.Equal((mine, "GREEN_CHANNEL"), (alert.GetProperty("complaintId").GetString(), alert.GetProperty("kind").GetString()));

        // Subscribing to B's complaint by id from tenant A is refused like an unknown id, without saying it exists.
        await using (var direct = await GraphQLSocket.ConnectAsync(environment.Stack))
        {
            await direct.InitAsync(new { authorization = "Bearer " + compliance });
            Assert.Equal("connection_ack", (await direct.ReceiveAsync())!.Value.GetProperty("type").GetString());
            await direct.SendAsync(new { id = "b", type = "subscribe", payload = new { query = $$"""subscription { complaintStatusChanged(complaintId: "{{theirs}}") { toStatus } }""" } });
            var refused = (await direct.ReceiveAsync())!.Value;
            Assert.Equal("error", refused.GetProperty("type").GetString());
            Assert.Equal("NOT_FOUND", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        await Silence.AssertNothingMoreAsync(changes, TimeSpan.FromSeconds(1));
        await Silence.AssertNothingMoreAsync(alerts, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_platform_admin_reads_no_tenant_business_data_R_TEN_02()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "iso-platform", customers: 2, interactionsPerPolicy: 1);
        var token = await Tokens.ForAsync(environment.Stack, tenant: null, "operator@platform", "PLATFORM_ADMIN");

        foreach (var root in new[] { "customers", "policies", "interactions", "policiesDueForRenewal" })
        {
            var body = await data.QueryAsync(token, $"{{ {root} {{ totalCount }} }}");
            Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
            Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
        }

        var node = Tokens.Data(await data.QueryAsync(token, $"{{ node(id: \"{InsurerData.Id("Customer", data.Customers[0].Id)}\") {{ id }} }}"));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Mutations_cannot_reach_the_other_tenants_records_R_TEN_01()
    {
        var mine = await InsurerData.SeedAsync(environment.Stack, "iso-write-a", customers: 2, interactionsPerPolicy: 0);
        var theirs = await InsurerData.SeedAsync(environment.Stack, "iso-write-b", customers: 2, interactionsPerPolicy: 0);
        var token = await mine.TokenAsync("supervisor", "SUPERVISOR");
        var foreignCustomer = InsurerData.Id("Customer", theirs.Customers[0].Id);

        var update = Tokens.Data(await mine.QueryAsync(token, $$"""mutation { updateCustomer(input: { id: "{{foreignCustomer}}", riskLevel: HIGH }) { customer { id } errors { __typename } } }"""));
        var policy = Tokens.Data(await mine.QueryAsync(token, $$"""mutation { updatePolicy(input: { id: "{{InsurerData.Id("Policy", theirs.Policies[0].Id)}}", status: LAPSED }) { policy { id } errors { __typename } } }"""));
        var create = Tokens.Data(await mine.QueryAsync(token, $$"""
            mutation { createPolicy(input: { policyNumber: "X-1", productLine: LIFE, productName: "p", sumInsured: 1, premium: 1,
              startDate: "2026-01-01", endDate: "2027-01-01", holderId: "{{foreignCustomer}}", insuredId: "{{foreignCustomer}}" }) { policy { id } errors { __typename } } }
            """));

        Assert.Equal("CustomerNotFoundError", update.GetProperty("updateCustomer").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("PolicyNotFoundError", policy.GetProperty("updatePolicy").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("CustomerNotFoundError", create.GetProperty("createPolicy").GetProperty("errors")[0].GetProperty("__typename").GetString());
        var reread = Tokens.Data(await theirs.QueryAsync(await theirs.TokenAsync("compliance", "COMPLIANCE_OFFICER"),
            $$"""{ node(id: "{{foreignCustomer}}") { ... on Customer { riskLevel } } }"""));
        Assert.Equal(theirs.Customers[0].RiskLevel.ToString().ToUpperInvariant(), reread.GetProperty("node").GetProperty("riskLevel").GetString());
    }

    // Two tenants shared by this class's tests (they only add rows each test compares against live counts): B is
    // larger than A in every table, has more surveys and one purge tombstone, so a leak changes a count.
    private Task<(EveryTypeData A, EveryTypeData B)> PairAsync() =>
        Pairs.GetOrAdd(environment.Stack, stack => new Lazy<Task<(EveryTypeData, EveryTypeData)>>(async () =>
        {
            var a = await EveryTypeData.SeedAsync(stack, "iso-a", customers: 3, interactionsPerPolicy: 2);
            var b = await EveryTypeData.SeedAsync(stack, "iso-b", customers: 5, interactionsPerPolicy: 3);
            await SurveyWorld.AddAsync(b.Insurer, DateTimeOffset.UtcNow.AddHours(-3),
                [.. b.Insurer.Interactions.Where(i => i.Id != b.Call.Id).Take(3).Select(i => (i, (short)2, (short?)null))]);
            await b.ExecuteAsync(
                "INSERT INTO recording_tombstones (tenant_id, id, sequence, recording_id, purged_at, content_sha256, previous_hash, hash) VALUES ($1, $2, 1, $3, now(), $4, $4, $4)",
                b.Tenant, Guid.CreateVersion7(), Guid.CreateVersion7(), new byte[32]);
            return (a, b);
        })).Value;

    private static Task<string> Token(EveryTypeData data, ApiRole role) => data.TokenAsync(EveryTypeData.Actors[role], AuthorizeDirective.RoleName(role));

    private static Task<string> OmniAsync(EveryTypeData data) => data.TokenAsync("omni", [.. TenantRoles.Select(AuthorizeDirective.RoleName)]);

    private static readonly ConcurrentDictionary<string, (string[] Roles, Task<string> Token)> PlatformTokens = new();

    private Task<string> PlatformAsync(EveryTypeData data) =>
        RealTokens.ForAsync(PlatformTokens, environment.Stack, null, "operator@" + data.Insurer.Code, ["PLATFORM_ADMIN"]);

    private static async Task<string> FileUrgentComplaintAsync(EveryTypeData data)
    {
        var customer = GlobalId.Encode("Customer", data.Insurer.Customers[0].Id);
        var filed = Tokens.Data(await data.Insurer.QueryAsync(await Token(data, ApiRole.ComplaintHandler), $$"""
            mutation { fileComplaint(input: { customerId: "{{customer}}", channel: PHONE, category: CLAIMS, description: "Claim paid late", urgent: true }) {
              complaint { id } errors { __typename } } }
            """)).GetProperty("fileComplaint");
        Assert.Equal(0, filed.GetProperty("errors").GetArrayLength());
        return filed.GetProperty("complaint").GetProperty("id").GetString()!;
    }

    private static bool Admits(FieldDefinition field, ApiRole role) =>
        AuthorizeDirective.Allows(AuthorizeDirective.Requirements(Schema.QueryType, field), [role]);

    private static bool Admits(FieldDefinition field, string callerName) =>
        callerName == "every tenant role" ? TenantRoles.Any(r => Admits(field, r)) : Admits(field, Enum.Parse<ApiRole>(callerName.Replace("_", "", StringComparison.Ordinal), ignoreCase: true));

    private static bool IsList(FieldDefinition field) => field.Type.Nullable is ListType
        || (field.Type.GetNamedType() is ObjectType o && o.GetField("nodes") is not null && o.Name.EndsWith("Connection", StringComparison.Ordinal));

    private static string ListQuery(FieldDefinition field, string item) =>
        field.Type.Nullable is ListType ? $"{{ {field.Name} {{ {item} }} }}" : $"{{ {field.Name}(first: 100) {{ nodes {{ {item} }} }} }}";

    private static List<string> Items(JsonElement list, string item) =>
        [.. (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("nodes")).EnumerateArray().Select(n => n.GetProperty(item).GetString()!)];

    // A global id, uuid or client id belonging to the other tenant.
    private static bool Foreign(string value, HashSet<Guid> theirIds, EveryTypeData theirs) =>
        theirIds.Contains(LocalId(value)) || theirs.ClientIds.Contains(value);

    private static Guid LocalId(string value) =>
        GlobalId.TryDecode(value, out _, out var local) ? local : Guid.TryParse(value, out var raw) ? raw : Guid.Empty;

    private static string Describe(string globalId) => GlobalId.TryDecode(globalId, out var type, out var id) ? $"{type} {id}" : globalId;

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static string Shorten(JsonElement body) => body.ToString() is { Length: > 300 } text ? text[..300] + "…" : body.ToString();

    private static string SchemaFile([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "schema", "schema.graphql"));

    private sealed record ListCase(string Item, ApiRole WholeTenant, string? Table, string? CountSql);
}
