namespace Platform.Api.Operations;

/// <summary>Serves <c>/metrics</c> in the Prometheus text format.</summary>
public static class MetricsEndpoint
{
    /// <summary>
    /// Maps <c>GET /metrics</c>. Anonymous, like the health probes, for the scraper on the internal network; it carries
    /// counts, durations and tenant ids only, never names, queries or variables.
    /// </summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/metrics", (MetricsCollector collector) => Results.Text(PrometheusText.Write(collector.Snapshot()), PrometheusText.ContentType));
}
