namespace Platform.GraphQL.Execution.Scheduling;

/// <summary>
/// One resolver call that did not finish synchronously (or the DataLoader dispatcher): the unit the
/// <see cref="ExecutionScheduler"/> admits through its gate.
/// </summary>
internal sealed class ResolverTurn
{
    /// <summary>DataLoader loads this call awaits that have not been answered yet; above zero the call is parked.</summary>
    public int LoaderWaits;

    /// <summary>Set once the resolver's task has completed.</summary>
    public bool Finished;
}
