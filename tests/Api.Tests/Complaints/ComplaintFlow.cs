using System.Text.Json;
using Platform.Api.Relay;

namespace Platform.Api.Tests.Complaints;

/// <summary>Drives one complaint through the workflow over GraphQL, asserting every step succeeds.</summary>
public sealed class ComplaintFlow(ComplaintsApi api, ComplaintWorld world, string handlerToken)
{
    public string ComplaintId { get; private set; } = "";

    /// <summary>Files a complaint for the world's customer as the handler.</summary>
    public async Task<JsonElement> FileAsync(string extra = "")
    {
        var result = Ok(await api.MutateAsync(handlerToken, "fileComplaint",
            $"{{ customerId: \"{GlobalId.Encode("Customer", world.CustomerId)}\", channel: PHONE, category: CLAIMS, description: \"Claim paid late\" {extra} }}"));
        ComplaintId = result.GetProperty("id").GetString()!;
        return result;
    }

    public async Task<JsonElement> StepAsync(string mutation, string extra = "", string? token = null) =>
        Ok(await api.MutateAsync(token ?? handlerToken, mutation, $"{{ complaintId: \"{ComplaintId}\" {extra} }}"));

    public Task<JsonElement> TryAsync(string mutation, string extra = "", string? token = null) =>
        api.MutateAsync(token ?? handlerToken, mutation, $"{{ complaintId: \"{ComplaintId}\" {extra} }}");

    public const string Measures = "measures: [{ kind: COMPENSATION, description: \"Late payment interest\", amount: 120.50, currency: \"CNY\" }, { kind: EXPLANATION, description: \"Explained the delay\" }]";

    /// <summary>Files, accepts, investigates, resolves and gives feedback.</summary>
    public async Task<JsonElement> ToFeedbackGivenAsync()
    {
        await FileAsync();
        await StepAsync("acceptComplaint");
        await StepAsync("startComplaintInvestigation");
        await StepAsync("resolveComplaint", Measures + ", rootCause: \"Manual step missed\"");
        return await StepAsync("giveComplaintFeedback", "text: \"We paid 120.50 CNY interest.\", nextSteps: \"You may ask for a review within 30 days.\"");
    }

    /// <summary>Asserts the payload has no errors and returns its complaint.</summary>
    public static JsonElement Ok(JsonElement payload)
    {
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("complaint");
    }

    /// <summary>Asserts the payload was refused with exactly one error of the type and returns it.</summary>
    public static JsonElement Refused(JsonElement payload, string type)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("complaint").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(type, error.GetProperty("__typename").GetString());
        return error;
    }
}
