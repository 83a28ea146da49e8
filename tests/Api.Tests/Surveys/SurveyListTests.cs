using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Surveys;

/// <summary>The survey list's orders over keyset pages, both ways (a score cursor used to fail to parse).</summary>
[Collection(ApiCollection.Name)]
public sealed class SurveyListTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Orders_by_overall_score_or_answer_time_both_ways_with_stable_pages_and_own_cursors()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "srv-order", customers: 3, interactionsPerPolicy: 3);
        var scores = new short[] { 4, 2, 5, 4, 1, 5, 3, 4, 5 };
        var responses = await SurveyWorld.AddAsync(data, new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero),
            [.. data.Interactions.Take(scores.Length).Select((interaction, i) => (interaction, scores[i], (short?)null))]);
        var token = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        async Task<List<string>> Walk(string orderBy) => await Paging.BothWaysAsync(
            q => Data(data, token, q), paging => $"{{ surveys({paging}{orderBy}) {{ nodes {{ id }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("surveys"), size: 2, key: n => n.GetProperty("id").GetString()!);
        var byScore = responses.OrderBy(r => r.OverallScore).ThenBy(r => r.Id).Select(r => InsurerData.Id("SurveyResponse", r.Id)).ToList();
        var byTime = responses.OrderBy(r => r.RespondedAt).ThenBy(r => r.Id).Select(r => InsurerData.Id("SurveyResponse", r.Id)).ToList();

        Assert.Equal(byScore, await Walk(", orderBy: { field: OVERALL_SCORE, direction: ASC }"));
        Assert.Equal(Enumerable.Reverse(byScore), await Walk(", orderBy: { field: OVERALL_SCORE }"));
        Assert.Equal(byTime, await Walk(", orderBy: { field: RESPONDED_AT, direction: ASC }"));
        Assert.Equal(Enumerable.Reverse(byTime), await Walk(""));

        var score = await Paging.FirstCursorAsync(q => Data(data, token, q),
            paging => $"{{ surveys({paging}, orderBy: {{ field: OVERALL_SCORE }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("surveys"));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ surveys(after: \"{score}\") {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ surveys(after: \"{score}\", orderBy: {{ field: OVERALL_SCORE, direction: ASC }}) {{ totalCount }} }}")));
    }

    private static async Task<JsonElement> Data(InsurerData data, string token, string query) => Tokens.Data(await data.QueryAsync(token, query));
}
