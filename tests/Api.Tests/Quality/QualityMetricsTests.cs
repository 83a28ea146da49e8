using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Quality;

/// <summary>
/// Quality metrics per agent and team over HTTP (domain "Quality metrics"): the figures of R-CALL-01, R-CALL-07,
/// R-SAT-01 and R-TRN-02..04 computed from <see cref="QualityWorld"/>, the role scope and tenant isolation.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class QualityMetricsTests(ApiEnvironment environment)
{
    private const string AllFields = """
        agent { id displayName teamId } teamId teamName agents inboundCalls answeredWithin15Seconds lateAnswers answeredWithin15SecondsRate
        wrapUps lateWrapUps lateWrapUpRate handledCalls averageHandleTimeSeconds complaintsReceived
        surveyResponses satisfiedResponses satisfactionRate meetsSatisfactionTarget trainingCompliantAgents trainingComplianceRate
        """;

    private const string March = """period: { from: "2025-03-01", to: "2025-03-31" }""";

    [Fact]
    public async Task Per_agent_figures_R_CALL_01_R_CALL_07_R_SAT_01_R_TRN_02_R_TRN_03_R_TRN_04()
    {
        var data = await SeedAsync("qm-agent");
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");

        var report = Report(await data.QueryAsync(inspector, $"{{ qualityMetrics({March}) {{ from to groupBy trainingYear trainingQuarter rows {{ {AllFields} }} }} }}"));
        Assert.Equal("AGENT", report.GetProperty("groupBy").GetString());
        Assert.Equal(2025, report.GetProperty("trainingYear").GetInt32());
        Assert.Equal(1, report.GetProperty("trainingQuarter").GetInt32());
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([data.Agent1Id.ToString(), data.Agent2Id.ToString()], rows.Select(r => r.GetProperty("agent").GetProperty("id").GetString()));

        var agent1 = rows[0];
        Assert.Equal("agent1", agent1.GetProperty("agent").GetProperty("displayName").GetString());
        Assert.Equal("Team " + data.Code, agent1.GetProperty("teamName").GetString());
        // R-CALL-01: of 3 inbound calls (the April one and the email not counted) one was answered in 5 s, one late, one never.
        Assert.Equal(3, agent1.GetProperty("inboundCalls").GetInt32());
        Assert.Equal(1, agent1.GetProperty("answeredWithin15Seconds").GetInt32());
        Assert.Equal(1, agent1.GetProperty("lateAnswers").GetInt32());
        Assert.Equal(1.0 / 3, agent1.GetProperty("answeredWithin15SecondsRate").GetDouble(), 6);
        // R-CALL-07: two wrap-ups, one more than 5 minutes after the call.
        Assert.Equal(2, agent1.GetProperty("wrapUps").GetInt32());
        Assert.Equal(1, agent1.GetProperty("lateWrapUps").GetInt32());
        Assert.Equal(0.5, agent1.GetProperty("lateWrapUpRate").GetDouble(), 6);
        // Answer (or start) to wrap-up (or end): 295 s, 880 s and the outbound call's 120 s; the unanswered call is not handled.
        Assert.Equal(3, agent1.GetProperty("handledCalls").GetInt32());
        Assert.Equal(1295.0 / 3, agent1.GetProperty("averageHandleTimeSeconds").GetDouble(), 6);
        // Only the complaint received in March about one of the agent's interactions.
        Assert.Equal(1, agent1.GetProperty("complaintsReceived").GetInt32());
        // R-SAT-01: overall 5 and 2 (the April 1 is outside the period).
        Assert.Equal(2, agent1.GetProperty("surveyResponses").GetInt32());
        Assert.Equal(1, agent1.GetProperty("satisfiedResponses").GetInt32());
        Assert.Equal(0.5, agent1.GetProperty("satisfactionRate").GetDouble(), 6);
        Assert.False(agent1.GetProperty("meetsSatisfactionTarget").GetBoolean());
        // R-TRN-02/03: 8 refresher hours in Q1 and 20 hours in the year.
        Assert.Equal(1, agent1.GetProperty("agents").GetInt32());
        Assert.Equal(1, agent1.GetProperty("trainingCompliantAgents").GetInt32());
        Assert.Equal(1.0, agent1.GetProperty("trainingComplianceRate").GetDouble(), 6);

        var agent2 = rows[1];
        Assert.Equal(JsonValueKind.Null, agent2.GetProperty("teamId").ValueKind);
        Assert.Equal(1.0, agent2.GetProperty("answeredWithin15SecondsRate").GetDouble(), 6);
        Assert.Equal(0.0, agent2.GetProperty("lateWrapUpRate").GetDouble(), 6);
        Assert.Equal(87.0, agent2.GetProperty("averageHandleTimeSeconds").GetDouble(), 6);
        Assert.Equal(1, agent2.GetProperty("complaintsReceived").GetInt32());
        Assert.Equal(1.0, agent2.GetProperty("satisfactionRate").GetDouble(), 6);
        Assert.True(agent2.GetProperty("meetsSatisfactionTarget").GetBoolean());
        // R-TRN-04 lists agent2 short of the refresher (4 of 8 hours): not compliant.
        Assert.Equal(0, agent2.GetProperty("trainingCompliantAgents").GetInt32());
        Assert.Equal(0.0, agent2.GetProperty("trainingComplianceRate").GetDouble(), 6);
    }

    [Fact]
    public async Task Per_team_figures_sum_the_team_members_and_agents_without_team_share_a_row()
    {
        var data = await SeedAsync("qm-team");
        var compliance = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");

        var rows = Rows(await data.QueryAsync(compliance, $"{{ qualityMetrics({March}, groupBy: TEAM) {{ rows {{ {AllFields} }} }} }}"));
        Assert.Equal(2, rows.Count);
        var team = rows[0];
        Assert.Equal(JsonValueKind.Null, team.GetProperty("agent").ValueKind);
        Assert.Equal("Team " + data.Code, team.GetProperty("teamName").GetString());
        Assert.Equal(1, team.GetProperty("agents").GetInt32());
        Assert.Equal(3, team.GetProperty("inboundCalls").GetInt32());
        Assert.Equal(1, team.GetProperty("lateWrapUps").GetInt32());
        Assert.Equal(0.5, team.GetProperty("satisfactionRate").GetDouble(), 6);
        Assert.Equal(1.0, team.GetProperty("trainingComplianceRate").GetDouble(), 6);

        var noTeam = rows[1];
        Assert.Equal(JsonValueKind.Null, noTeam.GetProperty("teamId").ValueKind);
        Assert.Equal(1, noTeam.GetProperty("inboundCalls").GetInt32());
        Assert.Equal(87.0, noTeam.GetProperty("averageHandleTimeSeconds").GetDouble(), 6);
        Assert.Equal(1, noTeam.GetProperty("satisfiedResponses").GetInt32());
        Assert.Equal(0.0, noTeam.GetProperty("trainingComplianceRate").GetDouble(), 6);
    }

    [Fact]
    public async Task An_empty_period_lists_the_agents_with_zero_counts_and_null_rates()
    {
        var data = await SeedAsync("qm-empty");
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");

        var rows = Rows(await data.QueryAsync(inspector, $$"""{ qualityMetrics(period: { from: "2025-06-01", to: "2025-06-30" }) { rows { {{AllFields}} } } }"""));
        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(0, row.GetProperty("inboundCalls").GetInt32());
            Assert.Equal(0, row.GetProperty("complaintsReceived").GetInt32());
            foreach (var rate in new[] { "answeredWithin15SecondsRate", "lateWrapUpRate", "averageHandleTimeSeconds", "satisfactionRate" })
            {
                Assert.Equal(JsonValueKind.Null, row.GetProperty(rate).ValueKind);
            }

            // Nobody trained in Q2 2025: both agents are short of the refresher.
            Assert.Equal(0.0, row.GetProperty("trainingComplianceRate").GetDouble(), 6);
        }

        Assert.Contains("BAD_USER_INPUT", Tokens.ErrorCodes(await data.QueryAsync(inspector,
            """{ qualityMetrics(period: { from: "2025-03-31", to: "2025-03-01" }) { rows { agents } } }""")));
    }

    [Fact]
    public async Task Supervisors_see_their_team_only_and_agents_and_trainers_are_denied()
    {
        var data = await SeedAsync("qm-scope");
        var supervisor = await data.TokenAsync("supervisor", "SUPERVISOR");

        var own = Rows(await data.QueryAsync(supervisor, $"{{ qualityMetrics({March}) {{ rows {{ agent {{ id }} inboundCalls complaintsReceived surveyResponses }} }} }}"));
        var row = Assert.Single(own);
        Assert.Equal(data.Agent1Id.ToString(), row.GetProperty("agent").GetProperty("id").GetString());
        Assert.Equal(3, row.GetProperty("inboundCalls").GetInt32());
        Assert.Equal(2, row.GetProperty("surveyResponses").GetInt32());
        var teams = Rows(await data.QueryAsync(supervisor, $"{{ qualityMetrics({March}, groupBy: TEAM) {{ rows {{ teamName inboundCalls }} }} }}"));
        Assert.Equal(["Team " + data.Code], teams.Select(t => t.GetProperty("teamName").GetString()));
        Assert.Equal(3, teams[0].GetProperty("inboundCalls").GetInt32());

        // The inspector narrows to the team with teamId and sees only agent1.
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var teamId = Rows(await data.QueryAsync(inspector, $"{{ qualityMetrics({March}) {{ rows {{ teamId }} }} }}"))[0].GetProperty("teamId").GetString();
        var filtered = Rows(await data.QueryAsync(inspector, $$"""{ qualityMetrics({{March}}, teamId: "{{teamId}}") { rows { agent { id } } } }"""));
        Assert.Equal([data.Agent1Id.ToString()], filtered.Select(r => r.GetProperty("agent").GetProperty("id").GetString()));

        foreach (var (who, role) in new[] { ("agent1", "AGENT"), ("trainer", "TRAINER"), ("handler", "COMPLAINT_HANDLER"), ("admin", "TENANT_ADMIN") })
        {
            var body = await data.QueryAsync(await data.TokenAsync(who, role), $"{{ qualityMetrics({March}) {{ rows {{ inboundCalls }} }} }}");
            Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
        }
    }

    [Fact]
    public async Task Another_tenants_calls_complaints_surveys_and_training_are_never_counted()
    {
        var data = await SeedAsync("qm-home");
        var foreign = await SeedAsync("qm-foreign");
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");

        var rows = Rows(await data.QueryAsync(inspector, $"{{ qualityMetrics({March}) {{ rows {{ agent {{ id }} inboundCalls complaintsReceived surveyResponses agents }} }} }}"));
        Assert.Equal([data.Agent1Id.ToString(), data.Agent2Id.ToString()], rows.Select(r => r.GetProperty("agent").GetProperty("id").GetString()));
        Assert.Equal(4, rows.Sum(r => r.GetProperty("inboundCalls").GetInt32()));
        Assert.Equal(2, rows.Sum(r => r.GetProperty("complaintsReceived").GetInt32()));
        Assert.Equal(3, rows.Sum(r => r.GetProperty("surveyResponses").GetInt32()));
        Assert.Equal(2, rows.Sum(r => r.GetProperty("agents").GetInt32()));

        // Naming the other tenant's team finds nobody.
        var foreignCompliance = await foreign.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        var foreignTeam = Rows(await foreign.QueryAsync(foreignCompliance, $"{{ qualityMetrics({March}, groupBy: TEAM) {{ rows {{ teamId }} }} }}"))[0].GetProperty("teamId").GetString();
        Assert.Empty(Rows(await data.QueryAsync(inspector, $$"""{ qualityMetrics({{March}}, teamId: "{{foreignTeam}}") { rows { agents } } }""")));
    }

    private async Task<InsurerData> SeedAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 1, interactionsPerPolicy: 0);
        await QualityWorld.AddAsync(data);
        return data;
    }

    private static JsonElement Report(JsonElement body) => Tokens.Data(body).GetProperty("qualityMetrics");

    private static List<JsonElement> Rows(JsonElement body) => [.. Report(body).GetProperty("rows").EnumerateArray()];
}
