using Platform.GraphQL.Server;

namespace Platform.Api.Operations;

/// <summary>
/// Turns the GraphQL server's one structured line per finished operation (<see cref="OperationLog"/>) into
/// <see cref="ApiMetrics"/> measurements, so every transport is measured at the single place the server already
/// reports duration, error codes and tenant. Its logging rules are its own: the level of the console log does not matter.
/// </summary>
public sealed class OperationMetricsLoggerProvider(ApiMetrics metrics) : ILoggerProvider
{
    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) =>
        categoryName == OperationLog.Category ? new OperationMetricsLogger(metrics) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    /// <summary>Only the operation category at Information reaches this provider, whatever the other logging rules say.</summary>
    public static void ConfigureFilters(LoggerFilterOptions options)
    {
        options.AddFilter<OperationMetricsLoggerProvider>(category: null, LogLevel.None);
        options.AddFilter<OperationMetricsLoggerProvider>(OperationLog.Category, LogLevel.Information);
    }

    private sealed class OperationMetricsLogger(ApiMetrics metrics) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields)
            {
                return;
            }

            string? transport = null, operationType = null, tenant = null, codes = null;
            double? durationMs = null;
            foreach (var (key, value) in fields)
            {
                switch (key)
                {
                    case "Transport": transport = value as string; break;
                    case "OperationType": operationType = value as string; break;
                    case "Tenant": tenant = value as string; break;
                    case "ErrorCodes": codes = value as string; break;
                    case "DurationMs": durationMs = value is double d ? d : null; break;
                }
            }

            if (transport is null || operationType is null || durationMs is null)
            {
                // Not the operation line (another event of the category).
                return;
            }

            var errorCodes = string.IsNullOrEmpty(codes) ? [] : codes.Split(',', StringSplitOptions.RemoveEmptyEntries);
            metrics.OperationFinished(transport, operationType, tenant, TimeSpan.FromMilliseconds(durationMs.Value), errorCodes);
        }
    }
}
