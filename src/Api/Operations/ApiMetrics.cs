using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Api.Operations;

/// <summary>
/// The API's instruments on the <see cref="MeterName"/> meter, exported at <c>/metrics</c>. Tenant ids label series
/// because tenants are few (tens); operation names never do, since clients choose them freely.
/// </summary>
public sealed class ApiMetrics
{
    /// <summary>The meter's name; every meter whose name starts with <c>Platform.</c> is exported.</summary>
    public const string MeterName = "Platform.Api";

    /// <summary>Label value for callers without a tenant (platform principals, refused requests).</summary>
    public const string NoTenant = "none";

    private readonly Counter<long> _operations;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _dataLoaderBatches;
    private readonly UpDownCounter<long> _subscriptions;
    private readonly UpDownCounter<long> _sockets;

    /// <summary>Creates the instruments on a meter owned by <paramref name="meters"/>.</summary>
    public ApiMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _operations = meter.CreateCounter<long>("platform.api.graphql.operations", "{operation}", "GraphQL operations executed.");
        _errors = meter.CreateCounter<long>("platform.api.graphql.errors", "{error}", "GraphQL operations answered with at least one error of a code, by code.");
        _duration = meter.CreateHistogram<double>("platform.api.graphql.operation.duration", "s", "Duration of GraphQL operations, from parsing to the last result.");
        _dataLoaderBatches = meter.CreateCounter<long>("platform.api.dataloader.batches", "{batch}", "DataLoader batch functions called.");
        _subscriptions = meter.CreateUpDownCounter<long>("platform.api.subscriptions.active", "{subscription}", "Subscriptions currently running.");
        _sockets = meter.CreateUpDownCounter<long>("platform.api.websocket.connections.active", "{connection}", "Authenticated WebSocket connections currently open.");
    }

    /// <summary>Records one finished operation and each distinct error code it returned.</summary>
    public void OperationFinished(string transport, string operationType, string? tenant, TimeSpan duration, IEnumerable<string> errorCodes)
    {
        var tenantLabel = string.IsNullOrEmpty(tenant) || tenant == "-" ? NoTenant : tenant;
        var tags = new TagList { { "transport", transport }, { "operation_type", operationType }, { "tenant", tenantLabel } };
        _operations.Add(1, tags);
        _duration.Record(duration.TotalSeconds, new TagList { { "transport", transport }, { "operation_type", operationType } });
        foreach (var code in errorCodes)
        {
            _errors.Add(1, new TagList { { "code", code }, { "tenant", tenantLabel } });
        }
    }

    /// <summary>Records one DataLoader batch; <paramref name="loader"/> is a fixed name such as <c>policy.holder</c>.</summary>
    public void DataLoaderBatch(string loader) => _dataLoaderBatches.Add(1, new TagList { { "loader", loader } });

    /// <summary>A subscription started; pair with <see cref="SubscriptionEnded"/> in a finally block.</summary>
    public void SubscriptionStarted(string transport) => _subscriptions.Add(1, new TagList { { "transport", transport } });

    /// <summary>A subscription ended (completed, cancelled or failed).</summary>
    public void SubscriptionEnded(string transport) => _subscriptions.Add(-1, new TagList { { "transport", transport } });

    /// <summary>An authenticated WebSocket connection opened (+1) or closed (-1).</summary>
    public void SocketConnections(int delta) => _sockets.Add(delta);
}
