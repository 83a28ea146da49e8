using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Callers;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Server;

namespace Platform.Api.Data;

/// <summary>
/// Opens the per-operation state (caller, unit of work) when the server starts an operation, and hands it to
/// resolvers: <c>context.Work()</c>, <c>context.Caller()</c>.
/// </summary>
public static class OperationScope
{
    /// <summary>Key of the <see cref="OperationWork"/> in the operation's items.</summary>
    public const string WorkKey = "platform.work";

    /// <summary>Key of the <see cref="OperationCaller"/> in the operation's items.</summary>
    public const string CallerKey = "platform.operation-caller";

    /// <summary>
    /// Called from the server's <c>OnOperation</c> hook. Over HTTP the unit of work commits just before the response
    /// starts (after execution, so access-log rows of the reads are kept) and is disposed with the request.
    /// </summary>
    public static void Open(HttpContext http, OperationContext operation)
    {
        var caller = new OperationCaller(http.User);
        var work = new OperationWork(http.RequestServices.GetRequiredService<ApiDatabase>(), caller.TenantId);
        operation.Items[CallerKey] = caller;
        operation.Items[WorkKey] = work;
        if (operation.Transport == "http")
        {
            http.Response.OnStarting(() => CommitUnlessAbortedAsync(work, http.RequestAborted));
        }

        // Other transports commit in CompleteAsync, after each operation (and each subscription event); whatever is
        // still open when the connection ends is rolled back with it.
        http.Response.RegisterForDisposeAsync(work);
    }

    /// <summary>
    /// Called from the server's <c>OnOperationCompleted</c> hook: over WebSocket and SSE the unit of work commits after
    /// the operation, and after each subscription event, so a long-lived subscription never holds a transaction open.
    /// </summary>
    public static ValueTask CompleteAsync(HttpContext http, OperationContext operation) =>
        operation.Transport != "http" && operation.Items.TryGetValue(WorkKey, out var value) && value is OperationWork work
            ? new ValueTask(work.CommitAsync(http.RequestAborted))
            : ValueTask.CompletedTask;

    // A client that went away before its response started gets nothing, so nothing it read is kept: the cancelled
    // commit is not an application error, and disposing the work rolls it back.
    private static async Task CommitUnlessAbortedAsync(OperationWork work, CancellationToken aborted)
    {
        try
        {
            await work.CommitAsync(aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
        }
    }

    /// <summary>The operation's unit of work.</summary>
    public static OperationWork Work(this IResolveFieldContext context) =>
        context.Items.TryGetValue(WorkKey, out var value) && value is OperationWork work
            ? work
            : throw new InvalidOperationException("The operation has no unit of work: OperationScope.Open was not called.");

    /// <summary>The operation's caller (roles parsed once per operation).</summary>
    public static OperationCaller Caller(this IResolveFieldContext context)
    {
        if (context.Items.TryGetValue(CallerKey, out var value) && value is OperationCaller caller)
        {
            return caller;
        }

        caller = new OperationCaller(context.Items.TryGetValue(CallerContext.ItemKey, out var p) && p is ClaimsPrincipal principal
            ? principal
            : new ClaimsPrincipal(new ClaimsIdentity()));
        context.Items[CallerKey] = caller;
        return caller;
    }
}
