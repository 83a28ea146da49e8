using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Api.Data;

/// <summary>
/// Counts every SQL command the API sends (EF commands through this interceptor, raw ones through
/// <see cref="OperationWork.CommandAsync"/>), so tests can assert that a query's cost does not grow with page size.
/// Optionally it also keeps the latest EF commands with their parameters, so tests can EXPLAIN exactly what ran.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    // Bounded: a recording counter in a long test run must not grow without limit.
    private const int RecordedLimit = 256;

    private readonly Queue<RecordedSqlCommand>? _recorded;
    private long _count;

    /// <summary>A counter that only counts (the production setting).</summary>
    public SqlCommandCounter()
    {
    }

    /// <summary>A counter that, when <paramref name="recordCommands"/> is set, also keeps the latest EF commands.</summary>
    public SqlCommandCounter(bool recordCommands)
    {
        _recorded = recordCommands ? new Queue<RecordedSqlCommand>() : null;
    }

    /// <summary>Commands executed since the process started.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>The latest EF commands, oldest first; empty unless recording was asked for.</summary>
    public IReadOnlyList<RecordedSqlCommand> Recorded
    {
        get
        {
            if (_recorded is null)
            {
                return [];
            }

            lock (_recorded)
            {
                return [.. _recorded];
            }
        }
    }

    /// <summary>Records one command sent outside EF.</summary>
    public void Increment() => Interlocked.Increment(ref _count);

    private void Seen(DbCommand command)
    {
        Increment();
        if (_recorded is null)
        {
            return;
        }

        // Copies: a parameter belongs to its command and cannot be added to another one (the EXPLAIN of a test).
        var parameters = command.Parameters.Cast<DbParameter>()
            .Select(p => p is ICloneable cloneable ? (DbParameter)cloneable.Clone() : p).ToArray();
        lock (_recorded)
        {
            if (_recorded.Count == RecordedLimit)
            {
                _recorded.Dequeue();
            }

            _recorded.Enqueue(new RecordedSqlCommand(command.CommandText, parameters));
        }
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Seen(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    /// <inheritdoc />
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Seen(command);
        return base.NonQueryExecuting(command, eventData, result);
    }

    /// <inheritdoc />
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Seen(command);
        return base.ScalarExecuting(command, eventData, result);
    }
}

/// <summary>One EF command as it was sent: its text and (copies of) its parameters.</summary>
public sealed record RecordedSqlCommand(string Text, IReadOnlyList<DbParameter> Parameters);
