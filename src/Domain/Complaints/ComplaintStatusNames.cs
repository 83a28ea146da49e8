namespace Platform.Domain.Complaints;

/// <summary>How messages name a complaint status: as the API and the manuals do (FEEDBACK_GIVEN), not as C# does.</summary>
public static class ComplaintStatusNames
{
    /// <summary>The status's name in messages, e.g. <c>UNDER_REVIEW</c>.</summary>
    public static string Name(this ComplaintStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
