using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Surveys;

/// <summary>submitSurvey over HTTP: one answer per record and customer (R-SAT-04), typed refusals, stored fields.</summary>
[Collection(ApiCollection.Name)]
public sealed class SubmitSurveyTests(ApiEnvironment environment)
{
    private const string Submit = """
        mutation($input: SubmitSurveyInput!) { submitSurvey(input: $input) {
          surveyResponse { id overallScore satisfied attitudeScore comment agentId channel interactionId }
          errors { __typename ... on UserError { code message } ... on SurveyScoreInvalidError { field } } } }
        """;

    [Fact]
    public async Task A_customer_answers_a_survey_once_per_interaction_and_the_second_answer_is_refused_R_SAT_04()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "sat-once", customers: 2, interactionsPerPolicy: 2);
        var token = await data.TokenAsync("customer", "CUSTOMER");
        var interaction = data.Interactions.First(i => i.CustomerId == data.SelfServiceCustomer.Id);
        var input = new { interactionId = InsurerData.Id("Interaction", interaction.Id), overallScore = 5, attitudeScore = 4, comment = "paid with 4111 1111 1111 1111, thanks" };

        var first = Payload(await SendAsync(data, token, input));
        Assert.Empty(first.GetProperty("errors").EnumerateArray());
        var stored = first.GetProperty("surveyResponse");
        Assert.Equal(5, stored.GetProperty("overallScore").GetInt32());
        Assert.True(stored.GetProperty("satisfied").GetBoolean());
        Assert.Equal(interaction.AgentId.ToString(), stored.GetProperty("agentId").GetString());
        Assert.Equal("INBOUND_CALL", stored.GetProperty("channel").GetString());
        Assert.DoesNotContain("4111 1111 1111 1111", stored.GetProperty("comment").GetString());

        var second = Payload(await SendAsync(data, token, input with { overallScore = 1 }));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("surveyResponse").ValueKind);
        var error = Assert.Single(second.GetProperty("errors").EnumerateArray());
        Assert.Equal("SurveyAlreadyAnsweredError", error.GetProperty("__typename").GetString());
        Assert.Equal("SURVEY_ALREADY_ANSWERED", error.GetProperty("code").GetString());

        // The same customer may still answer about another record (R-SAT-04 is per linked record).
        var policy = data.Policies.First(p => p.PolicyholderId == data.SelfServiceCustomer.Id);
        var other = Payload(await SendAsync(data, token, new { policyId = InsurerData.Id("Policy", policy.Id), overallScore = 3 }));
        Assert.Empty(other.GetProperty("errors").EnumerateArray());

        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        var list = Tokens.Data(await data.QueryAsync(inspector, "{ surveys { totalCount nodes { overallScore } } }")).GetProperty("surveys");
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Bad_scores_missing_or_foreign_targets_are_typed_payload_errors()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "sat-bad", customers: 2, interactionsPerPolicy: 2);
        var token = await data.TokenAsync("customer", "CUSTOMER");
        var own = data.Interactions.First(i => i.CustomerId == data.SelfServiceCustomer.Id);
        var foreign = data.Interactions.First(i => i.CustomerId != data.SelfServiceCustomer.Id);

        var scores = Payload(await SendAsync(data, token, new { interactionId = InsurerData.Id("Interaction", own.Id), overallScore = 6, followUpScore = 0 }));
        Assert.Equal(["overallScore", "followUpScore"], scores.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.All(scores.GetProperty("errors").EnumerateArray(), e => Assert.Equal("SURVEY_SCORE_INVALID", e.GetProperty("code").GetString()));

        var none = Payload(await SendAsync(data, token, new { overallScore = 4 }));
        Assert.Equal("SURVEY_TARGET_INVALID", none.GetProperty("errors")[0].GetProperty("code").GetString());

        var notMine = Payload(await SendAsync(data, token, new { interactionId = InsurerData.Id("Interaction", foreign.Id), overallScore = 4 }));
        Assert.Equal("SURVEY_TARGET_NOT_FOUND", notMine.GetProperty("errors")[0].GetProperty("code").GetString());

        // Nothing was stored by the refusals.
        var inspector = await data.TokenAsync("inspector", "QUALITY_INSPECTOR");
        Assert.Equal(0, Tokens.Data(await data.QueryAsync(inspector, "{ surveys { totalCount } }")).GetProperty("surveys").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Only_customers_and_quality_inspectors_may_submit()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "sat-who", customers: 1, interactionsPerPolicy: 1);
        var agent = await data.TokenAsync("agent1", "AGENT");
        var body = await SendAsync(data, agent, new { interactionId = InsurerData.Id("Interaction", data.Interactions[0].Id), overallScore = 5 });
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(body));
    }

    private static JsonElement Payload(JsonElement body) => Tokens.Data(body).GetProperty("submitSurvey");

    private static async Task<JsonElement> SendAsync(InsurerData data, string token, object input)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent(new { query = Submit, variables = new { input } }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await data.Stack.Api.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
