using Platform.GraphQL.Execution.Scheduling;

namespace Platform.GraphQL.Execution.Loading;

/// <summary>One pending <c>LoadAsync</c> call, resumed by the scheduler after its batch ran.</summary>
internal abstract class LoadWaiter
{
    protected LoadWaiter(ResolverTurn? turn) => Turn = turn;

    /// <summary>The resolver call that waits, or null when the load came from outside any resolver.</summary>
    public ResolverTurn? Turn { get; }

    /// <summary>Hands the batch's outcome to the waiting code (its continuation may run inline).</summary>
    public abstract void Complete();
}
