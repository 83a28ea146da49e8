namespace Platform.Domain.Interactions;

/// <summary>
/// A customer's request not to be called (R-CALL-06, R-CALL-09). A <see cref="CallPurpose.Service"/> request
/// ("do not call me") stops every outbound call; a <see cref="CallPurpose.Marketing"/> request stops marketing calls only.
/// </summary>
public sealed record DoNotCallMark(DateTimeOffset RequestedAt, CallPurpose Scope);

/// <summary>
/// R-CALL-06 / R-CALL-09: after a do-not-call request, service calls are refused for 90 days and marketing calls
/// for at least 180 days. Days are tenant-local calendar days: the request's day is day 0, calls are refused
/// through day N (all of it, whatever the hour) and allowed again from day N+1.
/// </summary>
public sealed class DoNotCallPolicy
{
    /// <summary>Minimum refusal period for service calls.</summary>
    public const int MinimumServiceDays = 90;

    /// <summary>Minimum refusal period for marketing calls.</summary>
    public const int MinimumMarketingDays = 180;

    /// <summary>Creates a policy; a tenant may lengthen the periods but never shorten them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below its minimum.</exception>
    public DoNotCallPolicy(int serviceDays = MinimumServiceDays, int marketingDays = MinimumMarketingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(serviceDays, MinimumServiceDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(marketingDays, MinimumMarketingDays);
        ServiceDays = serviceDays;
        MarketingDays = marketingDays;
    }

    /// <summary>The platform's minimum policy.</summary>
    public static DoNotCallPolicy Default { get; } = new();

    /// <summary>Days service calls stay refused.</summary>
    public int ServiceDays { get; }

    /// <summary>Days marketing calls stay refused.</summary>
    public int MarketingDays { get; }

    /// <summary>The last tenant-local day on which the request refuses calls of the given purpose; null when it does not cover them.</summary>
    public DateOnly? LastRefusedDay(DoNotCallMark request, CallPurpose callPurpose, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Scope == CallPurpose.Marketing && callPurpose == CallPurpose.Service)
        {
            return null;
        }

        var requestDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(request.RequestedAt, zone).DateTime);
        return requestDay.AddDays(callPurpose == CallPurpose.Marketing ? MarketingDays : ServiceDays);
    }

    /// <summary>Decides an outbound call against the customer's do-not-call requests.</summary>
    public OutboundCallDecision Check(IEnumerable<DoNotCallMark> requests, DateTimeOffset callAt, CallPurpose callPurpose, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var callDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(callAt, zone).DateTime);
        foreach (var request in requests)
        {
            if (request.RequestedAt <= callAt && LastRefusedDay(request, callPurpose, zone) is { } last && callDay <= last)
            {
                return OutboundCallDecision.Refuse(
                    OutboundCallRefusal.DoNotCall, $"The customer asked not to be called; {callPurpose} calls are refused through {last:yyyy-MM-dd}.");
            }
        }

        return OutboundCallDecision.Permit;
    }
}
