namespace Platform.Api.Operations;

/// <summary>
/// One condition <c>/health/ready</c> requires. Register implementations as singletons; every registered check must
/// pass (e.g. the database here, the event listener once subscriptions exist).
/// </summary>
public interface IReadinessCheck
{
    /// <summary>Short stable name shown in the probe's answer (e.g. <c>database</c>).</summary>
    string Name { get; }

    /// <summary>Null when ready, otherwise a short reason safe to show (no SQL, no connection details).</summary>
    Task<string?> ProblemAsync(CancellationToken ct);
}
