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

    /// <summary>
    /// Asserts the message names the status: the domain writes statuses by their CLR names (UnderReview), the API by its
    /// enum names (UNDER_REVIEW).
    /// </summary>
    public static void AssertNamesStatus(string message, string apiStatus)
    {
        var clrName = string.Concat(apiStatus.Split('_').Select(w => w[..1] + w[1..].ToLowerInvariant()));
        Assert.True(message.Contains(clrName, StringComparison.Ordinal), $"'{message}' does not name {apiStatus}");
    }
}
