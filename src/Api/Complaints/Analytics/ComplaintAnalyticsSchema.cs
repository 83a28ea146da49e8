using Platform.Api.Data;
using Platform.Api.Reporting;
using Platform.Api.Schema;
using Platform.GraphQL.Types;

namespace Platform.Api.Complaints.Analytics;

/// <summary>Binds the complaint analytics query of region Complaints (R-CMP-06).</summary>
internal static class ComplaintAnalyticsSchema
{
    private const int DefaultRootCauses = 10;

    /// <summary>Binds the query and the report's lazily read root causes.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder) => builder
        .BindEnum<ComplaintGrouping>("ComplaintGrouping")
        .Bind("Query", "complaintAnalytics", async c => await ComplaintAnalyticsQueries.ReportAsync(
            c.Work(), c.Caller(),
            await ReportPeriod.ReadAsync(c.Work(), c.Input("period")!, c.CancellationToken),
            c.Arguments.GetValueOrDefault("groupBy") as ComplaintGrouping? ?? ComplaintGrouping.None,
            c.CancellationToken))
        .Bind("ComplaintAnalyticsReport", "topRootCauses", async c => await ComplaintAnalyticsQueries.TopRootCausesAsync(
            c.Work(), c.Caller(), ((ComplaintAnalyticsReport)c.Source!).Period,
            c.Arguments.GetValueOrDefault("first") as int? ?? DefaultRootCauses,
            c.CancellationToken));
}
