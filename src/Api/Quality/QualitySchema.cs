using Platform.Api.Data;
using Platform.Api.Reporting;
using Platform.Api.Schema;
using Platform.GraphQL.Types;

namespace Platform.Api.Quality;

/// <summary>Binds region Quality of the schema: quality metrics per agent and team.</summary>
internal static class QualitySchema
{
    /// <summary>Binds the region.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder) => builder
        .BindEnum<QualityGrouping>("QualityGrouping")
        .Bind("Query", "qualityMetrics", async c =>
        {
            var request = new QualityMetricsQueries.Request(
                await ReportPeriod.ReadAsync(c.Work(), c.Input("period")!, c.CancellationToken),
                c.Arguments.GetValueOrDefault("groupBy") is QualityGrouping grouping ? grouping : QualityGrouping.Agent,
                c.Arguments.GetValueOrDefault("teamId") as Guid?);
            return await QualityMetricsQueries.ReportAsync(c.Work(), c.Caller(), request, c.CancellationToken);
        });
}
