namespace Platform.Domain.Complaints;

/// <summary>
/// R-CMP-09: the customer may request a review within 30 calendar days of the decision being communicated,
/// counted on tenant-local dates (the decision day is day 0, the request is accepted through day 30).
/// </summary>
public static class ReviewRequestWindow
{
    /// <summary>Days after the decision during which the customer may ask for a review.</summary>
    public const int Days = 30;

    /// <summary>The last tenant-local date on which a review request is accepted.</summary>
    public static DateOnly LastDay(DateTimeOffset decisionCommunicatedAt, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(decisionCommunicatedAt, zone).DateTime).AddDays(Days);

    /// <summary>Whether a review requested at the given instant is within the window.</summary>
    public static bool IsOpen(DateTimeOffset decisionCommunicatedAt, DateTimeOffset requestedAt, TimeZoneInfo zone)
    {
        if (requestedAt < decisionCommunicatedAt)
        {
            return false;
        }

        var requestDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(requestedAt, zone).DateTime);
        return requestDay <= LastDay(decisionCommunicatedAt, zone);
    }
}
