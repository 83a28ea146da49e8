using System.Globalization;
using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Training;

/// <summary>
/// <c>Query.psychologicalAssessments</c> over HTTP: the results R-TRN-01 and R-AGT-01 rest on, who may read them (personal
/// HR data: trainers and compliance all, supervisors their team and themselves, agents their own), the trainers' and
/// compliance's notes, filters, paging and tenant isolation.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PsychologicalAssessmentTests(ApiEnvironment environment)
{
    private const string Fields = "id staff { id displayName } assessedOn passed score assessor";

    [Fact]
    public async Task Trainers_and_compliance_read_every_assessment_newest_first_with_its_values_and_the_latest_decides_certification_R_TRN_01()
    {
        var (data, _) = await SeedAsync("psy-all");

        foreach (var who in new[] { ("trainer", "TRAINER"), ("compliance", "COMPLIANCE_OFFICER") })
        {
            var token = await data.TokenAsync(who.Item1, who.Item2);
            var list = Tokens.Data(await data.QueryAsync(token, $"{{ psychologicalAssessments {{ totalCount nodes {{ {Fields} notes }} }} }}"))
                .GetProperty("psychologicalAssessments");

            Assert.Equal(4, list.GetProperty("totalCount").GetInt32());
            var nodes = list.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(["2025-03-01", "2025-02-01", "2025-01-20", "2025-01-10"], nodes.Select(n => n.GetProperty("assessedOn").GetString()));
            Assert.Equal(
                [data.Agent1Id.ToString(), data.Agent2Id.ToString(), data.SupervisorId.ToString(), data.Agent1Id.ToString()],
                nodes.Select(n => n.GetProperty("staff").GetProperty("id").GetString()));
            Assert.Equal("agent1", nodes[0].GetProperty("staff").GetProperty("displayName").GetString());
            Assert.Equal([false, true, true, true], nodes.Select(n => n.GetProperty("passed").GetBoolean()));
            Assert.Equal([40m, (decimal?)null, 95m, 88.5m], nodes.Select(Score));
            Assert.Equal(["Dr. Wang", null, null, "Dr. Li"], nodes.Select(n => Text(n, "assessor")));
            Assert.Equal(["withdrawn under pressure", null, null, "calm, resilient"], nodes.Select(n => Text(n, "notes")));
        }

        // The list's newest result for agent1 is a failure, so agent1 may not act as an agent; agent2's latest passed.
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        async Task<List<string?>> Gaps(Guid staff) =>
            [.. Tokens.Data(await data.QueryAsync(trainer, $$"""{ agentCertification(staffId: "{{staff}}") { gaps } }"""))
                .GetProperty("agentCertification").GetProperty("gaps").EnumerateArray().Select(g => g.GetString())];
        Assert.Contains("PSYCHOLOGICAL_ASSESSMENT_FAILED", await Gaps(data.Agent1Id));
        Assert.DoesNotContain("PSYCHOLOGICAL_ASSESSMENT_FAILED", await Gaps(data.Agent2Id));
        Assert.DoesNotContain("PSYCHOLOGICAL_ASSESSMENT_MISSING", await Gaps(data.Agent2Id));
    }

    [Fact]
    public async Task A_supervisor_reads_their_teams_and_their_own_and_an_agent_only_their_own()
    {
        var (data, _) = await SeedAsync("psy-scope");

        async Task<List<string?>> StaffSeen(string who, string role) =>
            [.. Tokens.Data(await data.QueryAsync(await data.TokenAsync(who, role), "{ psychologicalAssessments { nodes { staff { id } } } }"))
                .GetProperty("psychologicalAssessments").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("staff").GetProperty("id").GetString())];

        // agent1 is in the supervisor's team, agent2 in none.
        Assert.Equal([data.Agent1Id.ToString(), data.SupervisorId.ToString(), data.Agent1Id.ToString()], await StaffSeen("supervisor", "SUPERVISOR"));
        Assert.Equal([data.Agent1Id.ToString(), data.Agent1Id.ToString()], await StaffSeen("agent1", "AGENT"));
        Assert.Equal([data.Agent2Id.ToString()], await StaffSeen("agent2", "AGENT"));
    }

    [Fact]
    public async Task Nodes_outside_the_callers_scope_are_null_as_if_they_did_not_exist()
    {
        var (data, ids) = await SeedAsync("psy-node");
        var agent2Result = InsurerData.Id("PsychologicalAssessment", ids["agent2"]);
        var query = $"{{ node(id: \"{agent2Result}\") {{ ... on PsychologicalAssessment {{ assessedOn staff {{ id }} }} }} }}";

        var byOwner = Tokens.Data(await data.QueryAsync(await data.TokenAsync("agent2", "AGENT"), query)).GetProperty("node");
        var byOtherAgent = Tokens.Data(await data.QueryAsync(await data.TokenAsync("agent1", "AGENT"), query)).GetProperty("node");
        var bySupervisorOfAnotherTeam = Tokens.Data(await data.QueryAsync(await data.TokenAsync("supervisor", "SUPERVISOR"), query)).GetProperty("node");

        Assert.Equal("2025-02-01", byOwner.GetProperty("assessedOn").GetString());
        Assert.Equal(JsonValueKind.Null, byOtherAgent.ValueKind);
        Assert.Equal(JsonValueKind.Null, bySupervisorOfAnotherTeam.ValueKind);
    }

    [Fact]
    public async Task The_notes_are_for_trainers_and_compliance_only_the_rest_of_the_result_stays_readable()
    {
        var (data, _) = await SeedAsync("psy-notes");

        var body = await data.QueryAsync(await data.TokenAsync("supervisor", "SUPERVISOR"), "{ psychologicalAssessments { nodes { assessedOn notes } } }");

        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
        var nodes = body.GetProperty("data").GetProperty("psychologicalAssessments").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["2025-03-01", "2025-01-20", "2025-01-10"], nodes.Select(n => n.GetProperty("assessedOn").GetString()));
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("notes").ValueKind));
        Assert.DoesNotContain("withdrawn", body.ToString());
    }

    [Theory]
    [InlineData("inspector", "QUALITY_INSPECTOR")]
    [InlineData("handler", "COMPLAINT_HANDLER")]
    [InlineData("admin", "TENANT_ADMIN")]
    [InlineData("customer", "CUSTOMER")]
    public async Task Other_roles_are_refused(string who, string role)
    {
        var (data, ids) = await SeedAsync("psy-refused");
        var token = await data.TokenAsync(who, role);

        var list = await data.QueryAsync(token, "{ psychologicalAssessments { totalCount } }");
        var node = await data.QueryAsync(token, $"{{ node(id: \"{InsurerData.Id("PsychologicalAssessment", ids["agent2"])}\") {{ ... on PsychologicalAssessment {{ passed }} }} }}");

        Assert.Equal(JsonValueKind.Null, list.GetProperty("data").ValueKind);
        Assert.Equal(["FORBIDDEN"], Tokens.ErrorCodes(list));
        Assert.DoesNotContain("\"passed\":true", node.ToString());
        Assert.True(
            node.GetProperty("data").ValueKind == JsonValueKind.Null || node.GetProperty("data").GetProperty("node").ValueKind == JsonValueKind.Null,
            node.ToString());
    }

    [Fact]
    public async Task Filters_by_staff_member_and_outcome_and_pages_with_cursors()
    {
        var (data, _) = await SeedAsync("psy-filter");
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        async Task<JsonElement> List(string args) =>
            Tokens.Data(await data.QueryAsync(trainer, $"{{ psychologicalAssessments({args}) {{ totalCount nodes {{ assessedOn }} pageInfo {{ hasNextPage endCursor }} }} }}"))
                .GetProperty("psychologicalAssessments");
        static List<string?> Days(JsonElement page) => [.. page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("assessedOn").GetString())];

        Assert.Equal(["2025-03-01", "2025-01-10"], Days(await List($"filter: {{ staffId: \"{data.Agent1Id}\" }}")));
        Assert.Equal(["2025-03-01"], Days(await List("filter: { passed: false }")));
        Assert.Equal(["2025-01-10"], Days(await List($"filter: {{ staffId: \"{data.Agent1Id}\", passed: true }}")));

        var first = await List("first: 3");
        Assert.Equal(4, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var rest = await List($"first: 3, after: \"{first.GetProperty("pageInfo").GetProperty("endCursor").GetString()}\"");
        Assert.Equal(["2025-03-01", "2025-02-01", "2025-01-20"], Days(first));
        Assert.Equal(["2025-01-10"], Days(rest));
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Another_tenants_trainer_sees_none_of_the_assessments_R_TEN_01()
    {
        var (mine, ids) = await SeedAsync("psy-mine");
        var (theirs, _) = await SeedAsync("psy-theirs");
        var trainer = await theirs.TokenAsync("trainer", "TRAINER");

        var list = Tokens.Data(await theirs.QueryAsync(trainer, "{ psychologicalAssessments { totalCount nodes { staff { id } } } }")).GetProperty("psychologicalAssessments");
        var node = Tokens.Data(await theirs.QueryAsync(trainer, $"{{ node(id: \"{InsurerData.Id("PsychologicalAssessment", ids["agent1"])}\") {{ id }} }}"));
        var filtered = Tokens.Data(await theirs.QueryAsync(trainer, $"{{ psychologicalAssessments(filter: {{ staffId: \"{mine.Agent1Id}\" }}) {{ totalCount }} }}"));

        // Their own four, none of mine.
        Assert.Equal(4, list.GetProperty("totalCount").GetInt32());
        var mineStaff = new[] { mine.Agent1Id, mine.Agent2Id, mine.SupervisorId }.Select(g => g.ToString()).ToHashSet();
        Assert.DoesNotContain(list.GetProperty("nodes").EnumerateArray(), n => mineStaff.Contains(n.GetProperty("staff").GetProperty("id").GetString()!));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
        Assert.Equal(0, filtered.GetProperty("psychologicalAssessments").GetProperty("totalCount").GetInt32());
    }

    // A tenant with four results recorded through recordAssessment (the trainers' mutation): agent1 passed on 10 January
    // and failed on 1 March, agent2 and the supervisor passed. Returns the ids of the latest result per person.
    private async Task<(InsurerData Data, Dictionary<string, Guid> Ids)> SeedAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 1, interactionsPerPolicy: 0);
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        var ids = new Dictionary<string, Guid>();
        async Task Record(string who, Guid staff, string on, bool passed, string? score, string? assessor, string? notes)
        {
            var input = $"staffId: \"{staff}\", assessedOn: \"{on}\", passed: {(passed ? "true" : "false")}"
                + (score is null ? "" : $", score: \"{score}\"")
                + (assessor is null ? "" : $", assessor: {JsonSerializer.Serialize(assessor)}")
                + (notes is null ? "" : $", notes: {JsonSerializer.Serialize(notes)}");
            var payload = Tokens.Data(await data.QueryAsync(trainer, $"mutation {{ recordAssessment(input: {{ {input} }}) {{ assessment {{ id }} errors {{ __typename }} }} }}"))
                .GetProperty("recordAssessment");
            Assert.Empty(payload.GetProperty("errors").EnumerateArray());
            ids[who] = Platform.Api.Relay.GlobalId.Parse(payload.GetProperty("assessment").GetProperty("id").GetString(), "PsychologicalAssessment");
        }

        await Record("agent1", data.Agent1Id, "2025-01-10", true, "88.5", "Dr. Li", "calm, resilient");
        await Record("agent2", data.Agent2Id, "2025-02-01", true, null, null, null);
        await Record("supervisor", data.SupervisorId, "2025-01-20", true, "95", null, null);
        await Record("agent1", data.Agent1Id, "2025-03-01", false, "40", "Dr. Wang", "withdrawn under pressure");
        return (data, ids);
    }

    private static decimal? Score(JsonElement node) => node.GetProperty("score") switch
    {
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } s => decimal.Parse(s.GetString()!, CultureInfo.InvariantCulture),
        var n => n.GetDecimal(),
    };

    private static string? Text(JsonElement node, string field) =>
        node.GetProperty(field).ValueKind == JsonValueKind.Null ? null : node.GetProperty(field).GetString();
}
