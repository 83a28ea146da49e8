namespace Platform.Api.Operations;

/// <summary>Liveness and readiness probes (anonymous; they reveal no data).</summary>
public static class HealthEndpoints
{
    /// <summary>How long one readiness check may take before it counts as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Maps <c>/health/live</c> (the process serves requests) and <c>/health/ready</c> (every <see cref="IReadinessCheck"/>
    /// passes; 503 with the failing checks' reasons otherwise, and during shutdown so load balancers drain the instance).
    /// </summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", async (IEnumerable<IReadinessCheck> checks, IHostApplicationLifetime lifetime, HttpContext http) =>
        {
            if (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return Results.Json(new { status = "unavailable", reason = "shutting down" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var results = await Task.WhenAll(checks.Select(check => RunAsync(check, http.RequestAborted)));
            var problems = results.Where(r => r.Problem is not null).ToList();
            var answer = results.ToDictionary(r => r.Name, r => r.Problem ?? "ok");
            return problems.Count == 0
                ? Results.Json(new { status = "ready", checks = answer })
                : Results.Json(
                    new { status = "unavailable", reason = string.Join("; ", problems.Select(p => p.Problem)), checks = answer },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }

    private static async Task<(string Name, string? Problem)> RunAsync(IReadinessCheck check, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(CheckTimeout);
        try
        {
            return (check.Name, await check.ProblemAsync(timeout.Token));
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return (check.Name, $"{check.Name} did not answer within {CheckTimeout.TotalSeconds:0} s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A broken check means "not ready", never a 500 with details.
            return (check.Name, $"{check.Name} check failed");
        }
    }
}
