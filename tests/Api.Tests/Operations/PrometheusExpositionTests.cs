using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Operations;

namespace Platform.Api.Tests.Operations;

/// <summary>The MeterListener-based collector and the text format, on a meter of their own (no server needed).</summary>
public sealed class PrometheusExpositionTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IMeterFactory _meters;
    private readonly MetricsCollector _collector;

    public PrometheusExpositionTests()
    {
        _meters = _services.GetRequiredService<IMeterFactory>();
        _collector = new MetricsCollector(_meters);
    }

    [Fact]
    public void Counters_sum_per_label_set_and_escape_label_values()
    {
        var meter = _meters.Create("Platform.Test");
        var counter = meter.CreateCounter<long>("platform.test.calls", "{call}", "Calls made.");

        counter.Add(2, new KeyValuePair<string, object?>("tenant", "a"), new KeyValuePair<string, object?>("code", "X"));
        counter.Add(3, new KeyValuePair<string, object?>("code", "X"), new KeyValuePair<string, object?>("tenant", "a"));
        counter.Add(1, new KeyValuePair<string, object?>("code", "q\"b\\n\nl"), new KeyValuePair<string, object?>("tenant", "b"));

        var text = PrometheusText.Write(_collector.Snapshot());
        Assert.Equal(
            "# HELP platform_test_calls_total Calls made.\n" +
            "# TYPE platform_test_calls_total counter\n" +
            "platform_test_calls_total{code=\"X\",tenant=\"a\"} 5\n" +
            "platform_test_calls_total{code=\"q\\\"b\\\\n\\nl\",tenant=\"b\"} 1\n",
            text);
    }

    [Fact]
    public void Histograms_have_cumulative_buckets_sum_and_count_in_seconds()
    {
        var meter = _meters.Create("Platform.Test");
        var histogram = meter.CreateHistogram<double>("platform.test.duration", "s", "How long.");

        // Binary-exact values, so the sum prints exactly.
        histogram.Record(0.00390625);
        histogram.Record(0.25);
        histogram.Record(0.25);
        histogram.Record(20);

        var lines = PrometheusText.Write(_collector.Snapshot()).Split('\n');
        Assert.Contains("# TYPE platform_test_duration_seconds histogram", lines);
        Assert.Contains("platform_test_duration_seconds_bucket{le=\"0.005\"} 1", lines);
        Assert.Contains("platform_test_duration_seconds_bucket{le=\"0.1\"} 1", lines);
        Assert.Contains("platform_test_duration_seconds_bucket{le=\"0.25\"} 3", lines);
        Assert.Contains("platform_test_duration_seconds_bucket{le=\"10\"} 3", lines);
        Assert.Contains("platform_test_duration_seconds_bucket{le=\"+Inf\"} 4", lines);
        Assert.Contains("platform_test_duration_seconds_sum 20.50390625", lines);
        Assert.Contains("platform_test_duration_seconds_count 4", lines);
    }

    [Fact]
    public void Up_down_counters_and_observable_gauges_are_gauges()
    {
        var meter = _meters.Create("Platform.Test");
        var active = meter.CreateUpDownCounter<long>("platform.test.active");
        var level = 7;
        meter.CreateObservableGauge("platform.test.level", () => level);

        active.Add(3);
        active.Add(-1);
        level = 9;

        var lines = PrometheusText.Write(_collector.Snapshot()).Split('\n');
        Assert.Contains("# TYPE platform_test_active gauge", lines);
        Assert.Contains("platform_test_active 2", lines);
        Assert.Contains("# TYPE platform_test_level gauge", lines);
        Assert.Contains("platform_test_level 9", lines);
    }

    [Fact]
    public void Meters_of_another_host_or_outside_the_platform_are_not_exported()
    {
        using var otherHost = new ServiceCollection().AddMetrics().BuildServiceProvider();
        otherHost.GetRequiredService<IMeterFactory>().Create("Platform.Test").CreateCounter<long>("platform.test.foreign").Add(1);
        _meters.Create("System.Net.Test").CreateCounter<long>("system.test.calls").Add(1);
        _meters.Create("Platform.Test").CreateCounter<long>("platform.test.own").Add(1);

        var text = PrometheusText.Write(_collector.Snapshot());

        Assert.Contains("platform_test_own_total 1", text);
        Assert.DoesNotContain("foreign", text);
        Assert.DoesNotContain("system_test", text);
    }

    public void Dispose()
    {
        _collector.Dispose();
        _services.Dispose();
    }
}
