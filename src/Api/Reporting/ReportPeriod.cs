using Platform.Api.Data;
using Platform.Api.Schema;
using Platform.Domain.Calendar;
using Platform.GraphQL.Execution;

namespace Platform.Api.Reporting;

/// <summary>
/// The whole days a report covers in the tenant's time zone, with the half-open range of instants [Start, End) the
/// database filters on. Shared by the satisfaction (R-SAT-02) and complaint (R-CMP-06) aggregates.
/// </summary>
/// <param name="From">First day included.</param>
/// <param name="To">Last day included.</param>
/// <param name="Unit">Bucket length when grouping by period.</param>
/// <param name="Zone">The tenant's time zone.</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To, PeriodUnit Unit, TimeZoneInfo Zone)
{
    /// <summary>The longest period a report may cover (bounds the work of one request).</summary>
    public const int MaxDays = 3 * 366;

    /// <summary>The first instant of <see cref="From"/>.</summary>
    public DateTimeOffset Start => StartOf(From);

    /// <summary>The first instant after <see cref="To"/>.</summary>
    public DateTimeOffset End => StartOf(To.AddDays(1));

    /// <summary>Reads a period input (<c>from</c>, <c>to</c>, <c>unit</c>) in the tenant's time zone.</summary>
    /// <exception cref="GraphQLException">BAD_USER_INPUT when the period runs backwards or is too long.</exception>
    public static async Task<ReportPeriod> ReadAsync(OperationWork work, IReadOnlyDictionary<string, object?> input, CancellationToken ct)
    {
        var from = input.GetValue<DateOnly>("from") ?? throw new GraphQLException("period.from is required.", "BAD_USER_INPUT");
        var to = input.GetValue<DateOnly>("to") ?? throw new GraphQLException("period.to is required.", "BAD_USER_INPUT");
        if (to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            throw new GraphQLException($"The period must run forwards and cover at most {MaxDays} days.", "BAD_USER_INPUT");
        }

        return new ReportPeriod(from, to, input.GetValue<PeriodUnit>("unit") ?? PeriodUnit.Month, await work.TimeZoneAsync(ct));
    }

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
