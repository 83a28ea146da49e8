using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Platform.Api.Events;

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
    private readonly UpDownCounter<long> _sockets;

    /// <summary>Creates the instruments on a meter owned by <paramref name="meters"/>; subscriptions are read from <paramref name="feed"/>.</summary>
    public ApiMetrics(IMeterFactory meters, OutboxFeed feed)
    {
        var meter = meters.Create(MeterName);
        _operations = meter.CreateCounter<long>("platform.api.graphql.operations", "{operation}", "GraphQL operations executed.");
        _errors = meter.CreateCounter<long>("platform.api.graphql.errors", "{error}", "GraphQL operations answered with at least one error of a code, by code.");
        _duration = meter.CreateHistogram<double>("platform.api.graphql.operation.duration", "s", "Duration of GraphQL operations, from parsing to the last result.");
        _dataLoaderBatches = meter.CreateCounter<long>("platform.api.dataloader.batches", "{batch}", "DataLoader batch functions called.");
        // Read at collection time from the fan-out itself, so the figure cannot drift from the subscribers that exist.
        meter.CreateObservableGauge(
            "platform.api.subscriptions.active",
            () => feed.SubscriberCounts().Select(c => new Measurement<long>(c.Count, new KeyValuePair<string, object?>("tenant", c.TenantId.ToString()))),
            "{subscription}",
            "Subscriptions to tenant events currently running in this process, by tenant.");
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

    /// <summary>
    /// Records one DataLoader batch of the loader registered under <paramref name="loaderKey"/>. Keys are fixed names
    /// (<c>Policy.byHolder</c>) or tuples starting with one (<c>("node", type)</c>); only that name becomes a label, so
    /// the series stay few.
    /// </summary>
    public void DataLoaderBatch(object loaderKey) => _dataLoaderBatches.Add(1, new TagList { { "loader", LoaderName(loaderKey) } });

    private static string LoaderName(object key) => key switch
    {
        string name => name,
        ITuple { Length: > 0 } tuple when tuple[0] is string name => name,
        _ => "unnamed",
    };

    /// <summary>An authenticated WebSocket connection opened (+1) or closed (-1).</summary>
    public void SocketConnections(int delta) => _sockets.Add(delta);
}
