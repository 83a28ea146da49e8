using System.Text.Json;

namespace Platform.Api.Tests.Complaints;

/// <summary>A complaint's status, handler and history as the API shows them, to prove a refusal changed nothing.</summary>
public static class ComplaintSnapshot
{
    /// <summary>The complaint's status, handler and full history, serialised for comparison.</summary>
    public static async Task<string> OfAsync(ComplaintsApi api, string token, string complaintId)
    {
        var data = await api.QueryAsync(token,
            $"{{ node(id: \"{complaintId}\") {{ ... on Complaint {{ status handlerId reviewerId history {{ fromStatus toStatus changedAt changedById note }} }} }} }}");
        var node = data.GetProperty("node");
        Assert.Equal(JsonValueKind.Object, node.ValueKind);
        return node.GetRawText();
    }

    /// <summary>Asserts the message names the status as the API does (UNDER_REVIEW), as a whole word.</summary>
    public static void AssertNamesStatus(string message, string apiStatus) =>
        Assert.Matches($@"(^|[^A-Z_]){apiStatus}([^A-Z_]|$)", message);
}
