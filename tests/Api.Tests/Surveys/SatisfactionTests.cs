using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Surveys;

/// <summary>Satisfaction aggregates (R-SAT-01, R-SAT-02) and the survey list's filters and row scope over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class SatisfactionTests(ApiEnvironment environment)
{
    // A fixed instant in the middle of a Shanghai month, so the period tests do not depend on today.
    private static readonly DateTimeOffset March = new(2025, 3, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Satisfaction_rate_is_the_share_of_overall_scores_4_and_5_R_SAT_01()
    {
        var (data, _) = await SeedAsync("sat-rate");
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");

        var total = Report(await data.QueryAsync(inspector,
            """{ satisfaction(period: { from: "2025-03-01", to: "2025-03-31" }) { target total { responses satisfied rate meetsTarget averageScore scores { score count } } } }"""))
            .GetProperty("total");

        // Overall scores 5, 4, 2 (agent1) and 5, 5 (agent2): 4 of 5 satisfied, below the 90% target.
        Assert.Equal(5, total.GetProperty("responses").GetInt32());
        Assert.Equal(4, total.GetProperty("satisfied").GetInt32());
        Assert.Equal(0.8, total.GetProperty("rate").GetDouble(), 6);
        Assert.False(total.GetProperty("meetsTarget").GetBoolean());
        Assert.Equal(4.2, total.GetProperty("averageScore").GetDouble(), 6);
        Assert.Equal([(2, 1), (4, 1), (5, 3)], total.GetProperty("scores").EnumerateArray().Select(s => (s.GetProperty("score").GetInt32(), s.GetProperty("count").GetInt32())));

        var outside = Report(await data.QueryAsync(inspector,
            """{ satisfaction(period: { from: "2025-04-01", to: "2025-04-30" }) { total { responses rate meetsTarget } } }"""))
            .GetProperty("total");
        Assert.Equal(0, outside.GetProperty("responses").GetInt32());
        Assert.Equal(JsonValueKind.Null, outside.GetProperty("rate").ValueKind);
    }

    [Fact]
    public async Task Aggregates_group_by_agent_team_channel_dimension_and_period_R_SAT_02()
    {
        var (data, _) = await SeedAsync("sat-group");
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        async Task<List<JsonElement>> Groups(string args, string key) =>
            [.. Report(await data.QueryAsync(inspector, $$"""{ satisfaction(period: { from: "2025-01-01", to: "2025-12-31", unit: MONTH } {{args}}) { groups { {{key}} responses satisfied rate } } }"""))
                .GetProperty("groups").EnumerateArray()];

        var byAgent = (await Groups("groupBy: AGENT", "agentId")).ToDictionary(g => g.GetProperty("agentId").GetString()!);
        Assert.Equal(2, byAgent.Count);
        Assert.Equal(2.0 / 3, byAgent[data.Agent1Id.ToString()].GetProperty("rate").GetDouble(), 6);
        Assert.Equal(1.0, byAgent[data.Agent2Id.ToString()].GetProperty("rate").GetDouble(), 6);

        // agent1 is in the supervisor's team; agent2 has none (the null team group comes last).
        var byTeam = await Groups("groupBy: TEAM", "teamId");
        Assert.Equal(2, byTeam.Count);
        Assert.Equal(3, byTeam[0].GetProperty("responses").GetInt32());
        Assert.Equal(JsonValueKind.Null, byTeam[1].GetProperty("teamId").ValueKind);

        var byChannel = Assert.Single(await Groups("groupBy: CHANNEL", "channel"));
        Assert.Equal("INBOUND_CALL", byChannel.GetProperty("channel").GetString());

        // Attitude scored 5, 3 and 4 on three responses: 2 of 3 satisfied on that dimension.
        var attitude = Report(await data.QueryAsync(inspector,
            """{ satisfaction(period: { from: "2025-01-01", to: "2025-12-31" }, dimension: ATTITUDE) { dimension total { responses satisfied } } }"""));
        Assert.Equal("ATTITUDE", attitude.GetProperty("dimension").GetString());
        Assert.Equal(3, attitude.GetProperty("total").GetProperty("responses").GetInt32());
        Assert.Equal(2, attitude.GetProperty("total").GetProperty("satisfied").GetInt32());
        var byDimension = Assert.Single(await Groups("groupBy: DIMENSION", "dimension"));
        Assert.Equal("ATTITUDE", byDimension.GetProperty("dimension").GetString());
        Assert.Equal(3, byDimension.GetProperty("responses").GetInt32());
        Assert.Equal(2, byDimension.GetProperty("satisfied").GetInt32());

        var byMonth = await Groups("groupBy: PERIOD", "periodStart");
        Assert.Equal(["2025-03-01", "2025-05-01"], byMonth.Select(g => g.GetProperty("periodStart").GetString()));
        Assert.Equal([5, 1], byMonth.Select(g => g.GetProperty("responses").GetInt32()));
    }

    [Fact]
    public async Task Agents_see_their_own_surveys_supervisors_their_team_and_trainers_none()
    {
        var (data, responses) = await SeedAsync("sat-scope");
        async Task<int> Count(string token) =>
            Tokens.Data(await data.QueryAsync(token, "{ surveys(first: 50) { totalCount nodes { agentId } } }")).GetProperty("surveys").GetProperty("totalCount").GetInt32();

        Assert.Equal(responses.Count(r => r.AgentId == data.Agent2Id), await Count(await data.TokenAsync("agent2", "AGENT")));
        Assert.Equal(responses.Count(r => r.AgentId == data.Agent1Id), await Count(await data.TokenAsync("supervisor", "SUPERVISOR")));
        Assert.Equal(responses.Count, await Count(await data.TokenAsync("compliance", "COMPLIANCE_OFFICER")));

        var supervisor = await data.TokenAsync("supervisor", "SUPERVISOR");
        var teamTotal = Report(await data.QueryAsync(supervisor, """{ satisfaction(period: { from: "2025-03-01", to: "2025-03-31" }) { total { responses } } }"""));
        Assert.Equal(3, teamTotal.GetProperty("total").GetProperty("responses").GetInt32());

        var trainer = await data.TokenAsync("trainer", "TRAINER");
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await data.QueryAsync(trainer, "{ surveys { totalCount } }")));
        var admin = await Tokens.ForAsync(data.Stack, null, "operator", "PLATFORM_ADMIN");
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await data.QueryAsync(admin, """{ satisfaction(period: { from: "2025-03-01", to: "2025-03-31" }) { total { responses } } }""")));
    }

    [Fact]
    public async Task The_survey_list_filters_by_score_dimension_and_period()
    {
        var (data, responses) = await SeedAsync("sat-filter");
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        async Task<List<int>> Scores(string filter) =>
            [.. Tokens.Data(await data.QueryAsync(inspector, $"{{ surveys(first: 50, filter: {filter}, orderBy: {{ field: OVERALL_SCORE, direction: ASC }}) {{ nodes {{ overallScore }} }} }}"))
                .GetProperty("surveys").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("overallScore").GetInt32())];

        Assert.Equal([2, 4], await Scores("{ score: { max: 4 } }"));
        Assert.Equal([5, 5, 5, 5], await Scores("{ score: { min: 5 } }"));
        Assert.Equal([5, 5], await Scores("{ dimension: ATTITUDE, score: { min: 4 } }"));
        Assert.Equal([5], await Scores("""{ respondedFrom: "2025-05-01T00:00:00Z" }"""));
        Assert.Equal(responses.Count - 1, (await Scores("""{ respondedBefore: "2025-04-01T00:00:00Z" }""")).Count);
    }

    private static JsonElement Report(JsonElement body) => Tokens.Data(body).GetProperty("satisfaction");

    // agent1 (team): overall 5/4/2 with attitude 5/3/-; agent2 (no team): 5/5 in March, plus one 5 in May by agent2 with attitude 4.
    private async Task<(InsurerData, List<Domain.Entities.SurveyResponse>)> SeedAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 3, interactionsPerPolicy: 4);
        var agent1 = data.Interactions.Where(i => i.AgentId == data.Agent1Id).ToList();
        var agent2 = data.Interactions.Where(i => i.AgentId == data.Agent2Id).ToList();
        var march = await SurveyWorld.AddAsync(data, March, (agent1[0], 5, 5), (agent1[1], 4, 3), (agent1[2], 2, null), (agent2[0], 5, null), (agent2[1], 5, null));
        var may = await SurveyWorld.AddAsync(data, March.AddMonths(2), (agent2[2], 5, 4));
        return (data, [.. march, .. may]);
    }
}
