namespace Platform.Domain.Policies;

/// <summary>
/// R-POL-01: a renewal reminder is due 30 days before a policy's end date, and stays due until the policy ends
/// (a reminder that fell due while nobody looked is still owed).
/// </summary>
public static class RenewalReminder
{
    /// <summary>Days before the end date at which the reminder falls due.</summary>
    public const int DaysBeforeEnd = 30;

    /// <summary>The date on which the reminder falls due.</summary>
    public static DateOnly DueOn(DateOnly policyEndDate) => policyEndDate.AddDays(-DaysBeforeEnd);

    /// <summary>Whether the reminder is due on the given date: from 30 days before the end date through the end date.</summary>
    public static bool IsDue(DateOnly policyEndDate, DateOnly today) => today >= DueOn(policyEndDate) && today <= policyEndDate;

    /// <summary>Whether a policy in this status can still be renewed and so needs a reminder.</summary>
    public static bool AppliesTo(PolicyStatus status) => status == PolicyStatus.Active;

    /// <summary>The window of end dates whose reminders are due on the given date, for a list query.</summary>
    public static (DateOnly FirstEndDate, DateOnly LastEndDate) EndDatesDueOn(DateOnly today) => (today, today.AddDays(DaysBeforeEnd));
}
