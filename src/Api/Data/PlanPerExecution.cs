using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Platform.Api.Data;

/// <summary>
/// Hands commands over a caller's filters back to PostgreSQL's per-execution planning inside an operation that began
/// with generic plans (docs/decisions/plan-cache.md). A command is marked by starting with <see cref="Comment"/>: EF
/// queries through <see cref="Mark{T}"/> (every keyset list does it), raw SQL by starting its text with it. From the
/// first marked command on, the rest of the transaction plans per execution.
/// </summary>
/// <remarks>
/// The switch is sent before every marked command rather than once per transaction: Npgsql hands out the same
/// transaction object again for the next transaction on a connection, so nothing cheap tells the two apart.
/// </remarks>
public sealed class PlanPerExecution(SqlCommandCounter counter) : DbCommandInterceptor
{
    /// <summary>The tag EF writes as the first line of a marked query.</summary>
    public const string Tag = "plan per execution";

    /// <summary>The first line of a marked command.</summary>
    public const string Comment = Marker + "\n";

    // EF writes a tag as "-- tag" and a line break.
    private const string Marker = "-- " + Tag;

    private const string Switch = "SELECT set_config('plan_cache_mode', 'auto', true)";

    /// <summary>Marks an EF query: a plan made for its parameters' values, because a generic one can misjudge them.</summary>
    public static IQueryable<T> Mark<T>(IQueryable<T> query) => query.TagWith(Tag);

    /// <summary>Switches the transaction to per-execution plans before a marked command runs on it.</summary>
    public async ValueTask BeforeAsync(DbCommand command, CancellationToken ct)
    {
        if (SwitchFor(command) is { } set)
        {
            await using (set)
            {
                await set.ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <inheritdoc />
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(command, cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(command, cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Before(command);
        return result;
    }

    /// <inheritdoc />
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Before(command);
        return result;
    }

    private void Before(DbCommand command)
    {
        using var set = SwitchFor(command);
        set?.ExecuteNonQuery();
    }

    // Outside a transaction nothing chose generic plans (OperationWork sets them per transaction), so nothing to undo.
    private NpgsqlCommand? SwitchFor(DbCommand command)
    {
        if (command.Transaction is not { } transaction || !command.CommandText.StartsWith(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        counter.Increment();
        return new NpgsqlCommand(Switch, (NpgsqlConnection)command.Connection!, (NpgsqlTransaction)transaction);
    }
}
