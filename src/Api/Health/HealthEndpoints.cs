namespace Platform.Api.Health;

/// <summary>Liveness and readiness probes (anonymous; they reveal no data).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", async (DatabaseReadiness readiness, HttpContext http) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            string? problem;
            try
            {
                problem = await readiness.ProblemAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                problem = "database did not answer within 5 s";
            }

            return problem is null
                ? Results.Json(new { status = "ready" })
                : Results.Json(new { status = "unavailable", reason = problem }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}
