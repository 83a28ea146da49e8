using Platform.GraphQL.Execution.Loading;

namespace Platform.GraphQL.Execution.Scheduling;

/// <summary>
/// Runs the resolvers of one request on a single logical flow (see docs/decisions/graphql-execution.md).
/// <para>
/// Two mechanisms combine. (1) This class is the <see cref="SynchronizationContext"/> of the request: every
/// continuation of executor code and of resolvers that capture the context is queued here and run one at a time,
/// so no two pieces of request code ever run in parallel. (2) A gate admits one resolver at a time: a resolver
/// holds it from its start until its task completes, unless it parks on a DataLoader, which releases the gate so
/// the next sibling can start (and add its keys to the same batch). Because a resolver awaiting anything else
/// (a database command) keeps the gate, a scoped DbContext never sees two operations at once.
/// When nothing is queued, nobody holds or waits for the gate and loaders have pending keys, the pump dispatches
/// one batch, then resumes the parked resolvers one by one, each through the gate.
/// </para>
/// </summary>
internal sealed class ExecutionScheduler : SynchronizationContext
{
    private readonly object _sync = new();
    // Created on first use: a request whose resolvers all complete synchronously never needs them.
    private Queue<(SendOrPostCallback Callback, object? State)>? _queue;
    private Queue<(ResolverTurn? Turn, TaskCompletionSource Admission)>? _gateQueue;
    private DataLoaderRegistry? _loaders;
    private ResolverTurn? _dispatcherTurn;
    private readonly CancellationToken _cancellationToken;
    private readonly Action<object>? _onBatch;
    private TaskCompletionSource? _sleeper;
    private volatile bool _gateBusy;
    private ResolverTurn? _holder;
    private bool _inCall;
    private bool _dispatching;

    /// <summary>Creates the scheduler of one request.</summary>
    public ExecutionScheduler(CancellationToken cancellationToken, Action<object>? onBatch = null)
    {
        _cancellationToken = cancellationToken;
        _onBatch = onBatch;
    }

    /// <summary>The request's DataLoaders.</summary>
    public DataLoaderRegistry Loaders
    {
        get
        {
            lock (_sync)
            {
                return _loaders ??= new DataLoaderRegistry(this);
            }
        }
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        TaskCompletionSource? sleeper;
        lock (_sync)
        {
            (_queue ??= new()).Enqueue((d, state));
            sleeper = TakeSleeper();
        }

        sleeper?.TrySetResult();
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state) => d(state);

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs <paramref name="root"/> and pumps queued work and loader batches until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<ValueTask<T>> root)
    {
        ValueTask<T> first;
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            first = root();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        if (first.IsCompleted)
        {
            return first.GetAwaiter().GetResult();
        }

        var rootTask = first.AsTask();
        _ = rootTask.ContinueWith(static (_, s) => ((ExecutionScheduler)s!).Wake(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        using var cancellation = _cancellationToken.CanBeCanceled ? _cancellationToken.Register(static s => ((ExecutionScheduler)s!).Wake(), this) : default;

        while (true)
        {
            (SendOrPostCallback Callback, object? State) item;
            Task? sleep = null;
            var dispatch = false;
            bool hasItem;
            lock (_sync)
            {
                item = default;
                hasItem = _queue?.TryDequeue(out item) == true;
                if (!hasItem && !rootTask.IsCompleted)
                {
                    // Once cancelled, no new batch starts: the parked resolvers could only fail with the cancellation.
                    if (!_dispatching && !_gateBusy && IsGateQueueEmpty && _loaders?.HasPending == true && !_cancellationToken.IsCancellationRequested)
                    {
                        _dispatching = true;
                        dispatch = true;
                    }
                    else
                    {
                        _sleeper = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        sleep = _sleeper.Task;
                    }
                }
            }

            if (hasItem)
            {
                RunInContext(item.Callback!, item.State);
            }
            else if (rootTask.IsCompleted)
            {
                return await rootTask.ConfigureAwait(false);
            }
            else if (dispatch)
            {
                RunInContext(static s => _ = ((ExecutionScheduler)s!).DispatchAsync(), this);
            }
            else
            {
                // Cancelled: give up, but only once no batch and no resolver is running. Their work got the token and
                // ends soon; returning earlier would let the caller end the operation (commit, dispose its DbContext)
                // while a command of theirs still runs on the operation's connection. Resolvers parked on loaders or
                // waiting for the gate run no code, so they do not count.
                if (_cancellationToken.IsCancellationRequested && IsIdle())
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                await sleep!.ConfigureAwait(false);
            }
        }
    }

    /// <summary>Takes the gate for the synchronous part of a resolver call, if it is free right now.</summary>
    /// <remarks>
    /// Lock-free: only executor code (one pump callback at a time) takes the gate, and while the gate is free no resolver
    /// code runs anywhere, so nothing can race this check. Releases never pass through a transient "free" state while
    /// somebody waits (see <see cref="ReleaseLocked"/>).
    /// </remarks>
    public bool TryEnterCall()
    {
        if (_gateBusy || !IsGateQueueEmpty)
        {
            return false;
        }

        _holder = null;
        _inCall = true;
        _gateBusy = true;
        return true;
    }

    /// <summary>Waits for the gate, then marks the start of a resolver call.</summary>
    public async ValueTask EnterCallAsync()
    {
        TaskCompletionSource admission;
        lock (_sync)
        {
            if (!_gateBusy && IsGateQueueEmpty)
            {
                _gateBusy = true;
                _holder = null;
                _inCall = true;
                return;
            }

            admission = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (_gateQueue ??= new()).Enqueue((null, admission));
        }

        await admission.Task;
        lock (_sync)
        {
            _inCall = true;
        }
    }

    /// <summary>
    /// Ends the synchronous part of a resolver call. Returns null when the call completed; otherwise the turn that
    /// tracks it (which keeps the gate unless it is parked on a DataLoader).
    /// </summary>
    public ResolverTurn? ExitCall(bool completed)
    {
        // Fast path of a synchronous resolver that touched no loader: nobody else can observe the gate meanwhile.
        if (completed && _holder is null && IsGateQueueEmpty)
        {
            _inCall = false;
            _gateBusy = false;
            return null;
        }

        lock (_sync)
        {
            _inCall = false;
            var turn = _holder;
            if (completed)
            {
                if (turn is not null)
                {
                    turn.Finished = true;
                }

                ReleaseLocked();
                return null;
            }

            turn ??= _holder = new ResolverTurn();
            if (turn.LoaderWaits > 0)
            {
                ReleaseLocked();
            }

            return turn;
        }
    }

    /// <summary>Records that a pending resolver call has finished; frees the gate if it held it.</summary>
    public void Finish(ResolverTurn turn)
    {
        lock (_sync)
        {
            turn.Finished = true;
            ReleaseIfHolderLocked(turn);
        }
    }

    /// <summary>
    /// Called by a DataLoader when a load must wait for a batch: charges the wait to the running resolver and,
    /// outside its synchronous part, parks it (frees the gate). Null when no resolver is running.
    /// </summary>
    public ResolverTurn? RegisterLoaderWait()
    {
        lock (_sync)
        {
            if (!_gateBusy)
            {
                return null;
            }

            var turn = _holder ??= new ResolverTurn();
            turn.LoaderWaits++;
            if (!_inCall)
            {
                ReleaseIfHolderLocked(turn);
            }

            return turn;
        }
    }

    private bool IsIdle()
    {
        lock (_sync)
        {
            return !_dispatching && !_gateBusy;
        }
    }

    private bool IsGateQueueEmpty => _gateQueue is null || _gateQueue.Count == 0;

    private async Task DispatchAsync()
    {
        var dispatcherTurn = _dispatcherTurn ??= new ResolverTurn();
        try
        {
            await EnterTurnAsync(dispatcherTurn);
            LoaderBatch? batch;
            try
            {
                batch = _loaders?.TakeNextBatch();
                if (batch is not null)
                {
                    _onBatch?.Invoke(batch.LoaderKey);
                    await batch.RunAsync(_cancellationToken);
                }
            }
            finally
            {
                lock (_sync)
                {
                    ReleaseIfHolderLocked(dispatcherTurn);
                }
            }

            if (batch is null)
            {
                return;
            }

            foreach (var waiter in batch.Waiters)
            {
                var turn = waiter.Turn;
                if (turn is null)
                {
                    waiter.Complete();
                    continue;
                }

                await EnterTurnAsync(turn);
                lock (_sync)
                {
                    turn.LoaderWaits--;
                }

                waiter.Complete();
                lock (_sync)
                {
                    // Still parked on other keys, or already done: the resumed code will not release the gate itself.
                    if (turn.Finished || turn.LoaderWaits > 0)
                    {
                        ReleaseIfHolderLocked(turn);
                    }
                }
            }
        }
        finally
        {
            TaskCompletionSource? sleeper;
            lock (_sync)
            {
                _dispatching = false;
                sleeper = TakeSleeper();
            }

            sleeper?.TrySetResult();
        }
    }

    private async ValueTask EnterTurnAsync(ResolverTurn turn)
    {
        TaskCompletionSource admission;
        lock (_sync)
        {
            if (!_gateBusy && IsGateQueueEmpty)
            {
                _gateBusy = true;
                _holder = turn;
                return;
            }

            admission = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (_gateQueue ??= new()).Enqueue((turn, admission));
        }

        await admission.Task;
    }

    private void ReleaseIfHolderLocked(ResolverTurn turn)
    {
        if (_gateBusy && !_inCall && ReferenceEquals(_holder, turn))
        {
            ReleaseLocked();
        }
    }

    private void ReleaseLocked()
    {
        // Hand the gate straight to the next waiter; it is never seen free while somebody waits.
        if (_gateQueue is not null && _gateQueue.TryDequeue(out var next))
        {
            _holder = next.Turn;
            next.Admission.TrySetResult();
        }
        else
        {
            _holder = null;
            _gateBusy = false;
        }

        // The pump may now be able to dispatch a batch.
        TakeSleeper()?.TrySetResult();
    }

    private TaskCompletionSource? TakeSleeper()
    {
        var sleeper = _sleeper;
        _sleeper = null;
        return sleeper;
    }

    private void Wake()
    {
        TaskCompletionSource? sleeper;
        lock (_sync)
        {
            sleeper = TakeSleeper();
        }

        sleeper?.TrySetResult();
    }

    private void RunInContext(SendOrPostCallback callback, object? state)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            callback(state);
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
