namespace Platform.Api.Operations;

/// <summary>One series' value: a number, or histogram buckets with sum and count.</summary>
public sealed class SeriesValue(bool histogram)
{
    private readonly object _sync = new();
    private readonly long[] _buckets = histogram ? new long[MetricsCollector.BucketBounds.Length] : [];
    private double _value;
    private long _count;

    internal void Add(double value)
    {
        lock (_sync)
        {
            _value += value;
        }
    }

    internal void Set(double value)
    {
        lock (_sync)
        {
            _value = value;
        }
    }

    internal void Observe(double value)
    {
        lock (_sync)
        {
            _value += value;
            _count++;
            var bucket = Array.BinarySearch(MetricsCollector.BucketBounds, value);
            // Buckets are cumulative in the exposition; here each value is counted in the first bucket that holds it.
            var index = bucket >= 0 ? bucket : ~bucket;
            if (index < _buckets.Length)
            {
                _buckets[index]++;
            }
        }
    }

    /// <summary>A consistent copy: the value (or histogram sum), the count and cumulative bucket counts.</summary>
    public (double Value, long Count, long[] CumulativeBuckets) Read()
    {
        lock (_sync)
        {
            var cumulative = new long[_buckets.Length];
            long running = 0;
            for (var i = 0; i < _buckets.Length; i++)
            {
                running += _buckets[i];
                cumulative[i] = running;
            }

            return (_value, _count, cumulative);
        }
    }
}
