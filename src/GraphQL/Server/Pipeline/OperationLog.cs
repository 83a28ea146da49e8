using Microsoft.Extensions.Logging;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Server;

/// <summary>The one structured log line written per operation. Variable values are never logged.</summary>
public static partial class OperationLog
{
    /// <summary>The logger category of operation lines.</summary>
    public const string Category = "Platform.GraphQL.Server.Operation";

    /// <summary>Writes the line for a finished operation.</summary>
    public static void Finished(
        ILogger logger, OperationContext context, OperationDefinitionNode? operation, TimeSpan duration, IReadOnlyList<GraphQLError>? errors)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var codes = errors is null ? string.Empty : string.Join(',', errors.Select(e => e.Code ?? "UNKNOWN").Distinct());
        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        Write(logger, context.Transport, type, operation?.Name ?? "(anonymous)", Math.Round(duration.TotalMilliseconds, 2),
            errors?.Count ?? 0, codes, context.Client ?? "-", context.Tenant ?? "-");
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {Transport} {OperationType} {OperationName} took {DurationMs} ms, {ErrorCount} errors [{ErrorCodes}] client={Client} tenant={Tenant}")]
    private static partial void Write(ILogger logger, string transport, string operationType, string operationName, double durationMs,
        int errorCount, string errorCodes, string client, string tenant);
}
