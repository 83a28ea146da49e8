using System.Net;
using Platform.Identity.Auditing;
using Platform.Identity.Endpoints;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

[Collection(PostgresCollection.Name)]
public sealed class LockoutTests(PostgresCluster cluster)
{
    // One challenge for every attempt so the echoed hidden fields are identical.
    private static readonly string Challenge = OAuthCalls.NewPkce().Challenge;

    private static async Task<(HttpStatusCode Status, string Body)> AttemptAsync(CodeFlowScenario flow, string userName, string password)
    {
        var challenge = Challenge;
        var response = await OAuthCalls.SignInAsync(flow.Http, CodeFlowScenario.AuthorizeParameters(challenge), userName, password);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Brute_force_locks_the_account_even_for_the_right_password_and_is_audited()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);

        for (var i = 0; i < 4; i++)
        {
            var failed = await AttemptAsync(flow, CodeFlowScenario.UserName, $"guess-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.Status);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(AuthorizeEndpoint.InvalidCredentialsMessage), failed.Body);
        }

        var fifth = await AttemptAsync(flow, CodeFlowScenario.UserName, "guess-5");
        Assert.Equal(HttpStatusCode.Locked, fifth.Status);

        var correct = await AttemptAsync(flow, CodeFlowScenario.UserName, CodeFlowScenario.Password);
        Assert.Equal(HttpStatusCode.Locked, correct.Status);
        Assert.Contains("temporarily locked", correct.Body);

        var locked = Assert.Single(flow.Server.Audit.Named(AuditEventNames.UserLockedOut));
        Assert.Equal(flow.Server.TenantA, locked.TenantId);
        Assert.Equal(CodeFlowScenario.ClientId, locked.ClientId);

        // After the lockout period the right password works again.
        flow.Server.Clock.Advance(TimeSpan.FromMinutes(16));
        var (_, challenge) = OAuthCalls.NewPkce();
        var response = await OAuthCalls.SignInAsync(flow.Http, CodeFlowScenario.AuthorizeParameters(challenge), CodeFlowScenario.UserName, CodeFlowScenario.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Lockout_answers_do_not_reveal_whether_the_user_exists()
    {
        await using var flow = await CodeFlowScenario.StartAsync(cluster);

        var existing = new List<(HttpStatusCode, string)>();
        var missing = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 6; i++)
        {
            existing.Add(Normalize(await AttemptAsync(flow, CodeFlowScenario.UserName, $"wrong-{i}")));
            missing.Add(Normalize(await AttemptAsync(flow, "nobody-here", $"wrong-{i}")));
        }

        Assert.Equal(existing, missing);
        Assert.Equal(HttpStatusCode.Locked, missing[^1].Item1);
    }

    // The pages differ only in per-request antiforgery tokens.
    private static (HttpStatusCode, string) Normalize((HttpStatusCode Status, string Body) attempt) =>
        (attempt.Status, System.Text.RegularExpressions.Regex.Replace(attempt.Body, "name=\"__RequestVerificationToken\" value=\"[^\"]*\"", ""));
}
