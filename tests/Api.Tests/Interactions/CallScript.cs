using System.Text.Json;

namespace Platform.Api.Tests.Interactions;

/// <summary>The mutations of a call as an agent's front-end sends them, for the GraphQL tests.</summary>
public sealed class CallScript(InteractionsApi api, string token)
{
    private const string InteractionFields = """
        interaction { id channel purpose lateAnswer endedAt summary outcomeTag lateWrapUp urgency callbackDueAt departmentNotifiedAt
                      verifiedAt verificationMethod failedVerificationCount verificationLocked
                      transferredAt transferReason transferExpectedWaitSeconds transferredToId escalatedAt escalationReason }
        """;

    /// <summary>Selection of a payload's interaction and errors, with the given fragments on the mutation's error types.</summary>
    public static string Payload(string errorFragments) =>
        InteractionFields + "errors { __typename ... on UserError { code message } " + errorFragments + " }";

    private static readonly string StartPayload = Payload(
        "... on AgentNotCertifiedError { rule gaps } ... on CallingWindowError { rule reason } ... on MarketingQuietHoursError { rule } "
        + "... on DoNotCallError { rule purpose refusedThrough } ... on InvalidInteractionInputError { field }");

    private static readonly string VerifyPayload = "verified outcome remainingAttempts " + Payload(
        "... on IdentityVerificationFailedError { rule remainingAttempts locked } ... on VerificationLockedError { rule } "
        + "... on VerificationMethodNotAllowedError { rule method } ... on InvalidInteractionInputError { field }");

    private static readonly string WrapUpPayload = Payload("... on WrapUpIncompleteError { rule problems } ... on AlreadyWrappedUpError { rule }");

    private static readonly string TransferPayload = Payload("... on TransferRefusedError { rule problems } ... on TransferTargetUnavailableError { rule }");

    private static readonly string EscalatePayload = Payload("... on AlreadyEscalatedError { rule } ... on InvalidInteractionInputError { field }");

    private static readonly string DoNotCallPayload =
        "doNotCall { id scope requestedAt serviceCallsRefusedThrough marketingCallsRefusedThrough } " + Payload("... on InvalidInteractionInputError { field }");

    public Task<JsonElement> StartInboundAsync(Guid? customerId, TimeSpan ringing) =>
        api.MutateAsync(token, "startInteraction",
            $$"""{ channel: INBOUND_CALL {{Customer(customerId)}} offeredAt: "{{(api.Clock.GetUtcNow() - ringing):O}}" }""", StartPayload);

    public Task<JsonElement> StartOutboundAsync(Guid customerId, string? purpose) =>
        api.MutateAsync(token, "startInteraction",
            $$"""{ channel: OUTBOUND_CALL {{Customer(customerId)}} {{(purpose is null ? "" : "purpose: " + purpose)}} }""", StartPayload);

    /// <summary>Starts an inbound call with the customer and returns its global id.</summary>
    public async Task<string> CallInAsync(Guid customerId)
    {
        var started = await StartInboundAsync(customerId, TimeSpan.FromSeconds(3));
        Assert.Empty(started.GetProperty("errors").EnumerateArray());
        return started.GetProperty("interaction").GetProperty("id").GetString()!;
    }

    public Task<JsonElement> VerifyAsync(string interactionId, string proof) =>
        api.MutateAsync(token, "verifyIdentity", $$"""{ interactionId: "{{interactionId}}" {{proof}} }""", VerifyPayload);

    public Task<JsonElement> VerifyByPolicyAndIdAsync(string interactionId, string policyLast6, string idLast4) =>
        VerifyAsync(interactionId, $$"""method: POLICY_AND_ID_NUMBER policyNumberLast6: "{{policyLast6}}" idNumberLast4: "{{idLast4}}" """);

    public Task<JsonElement> WrapUpAsync(string interactionId, string? content, string? outcome) =>
        api.MutateAsync(token, "recordWrapUp",
            $$"""{ interactionId: "{{interactionId}}" {{(content is null ? "" : "content: " + JsonSerializer.Serialize(content))}} {{(outcome is null ? "" : "outcome: " + outcome)}} }""",
            WrapUpPayload);

    public Task<JsonElement> EndAsync(string interactionId) =>
        api.MutateAsync(token, "endInteraction", $$"""{ interactionId: "{{interactionId}}" }""", Payload(""));

    public Task<JsonElement> TransferAsync(string interactionId, Guid target, string? reason, int? waitSeconds) =>
        api.MutateAsync(token, "transferInteraction",
            $$"""{ interactionId: "{{interactionId}}" targetAgentId: "{{target}}" {{(reason is null ? "" : "reason: " + JsonSerializer.Serialize(reason))}} {{(waitSeconds is null ? "" : "expectedWaitSeconds: " + waitSeconds)}} }""",
            TransferPayload);

    public Task<JsonElement> EscalateAsync(string interactionId, string kind, string reason) =>
        api.MutateAsync(token, "escalateInteraction",
            $$"""{ interactionId: "{{interactionId}}" kind: {{kind}} reason: {{JsonSerializer.Serialize(reason)}} }""", EscalatePayload);

    public Task<JsonElement> MarkDoNotCallAsync(string interactionId, string scope) =>
        api.MutateAsync(token, "markDoNotCall",
            $$"""{ interactionId: "{{interactionId}}" scope: {{scope}} note: "asked on the phone" }""",
            DoNotCallPayload);

    private static string Customer(Guid? customerId) =>
        customerId is { } id ? $"customerId: \"{InteractionsApi.Id("Customer", id)}\"" : "";
}

/// <summary>Reading payloads.</summary>
public static class PayloadJson
{
    /// <summary>The single error of a payload.</summary>
    public static JsonElement SingleError(this JsonElement payload) => Assert.Single(payload.GetProperty("errors").EnumerateArray());

    /// <summary>Asserts the payload has no errors and returns its interaction.</summary>
    public static JsonElement Succeeded(this JsonElement payload)
    {
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("interaction");
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
