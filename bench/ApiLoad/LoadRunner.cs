using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.ApiLoad;

/// <summary>One finished request: its kind, latency and outcome.</summary>
public readonly record struct Sample(QueryKind Kind, double Milliseconds, Outcome Outcome);

/// <summary>What one measured phase produced.</summary>
public sealed record PhaseResult(string Name, TimeSpan Elapsed, IReadOnlyList<Sample> Samples, int Scheduled);

/// <summary>Drives a workload open-loop (constant arrival rate) or closed-loop (N workers back to back).</summary>
public sealed class LoadRunner(Workload workload, TimeSpan timeout)
{
    /// <summary>
    /// Sends requests at <paramref name="rate"/> per second for <paramref name="duration"/>, each on its scheduled time
    /// whether or not earlier ones have finished. Latency runs from the scheduled time, not the actual send, so a stalled
    /// client or server shows up in the figures instead of silently lowering the rate (coordinated omission).
    /// </summary>
    public Task<PhaseResult> OpenLoopAsync(string name, double rate, TimeSpan duration, Func<QueryKind> next) =>
        ScheduledAsync(name, (int)(rate * duration.TotalSeconds), i => i / rate, next);

    /// <summary>
    /// Like <see cref="OpenLoopAsync"/>, but the rate grows evenly from <paramref name="fromRate"/> to
    /// <paramref name="toRate"/>: a warm-up that starts a cold API at full rate queues more work while it compiles and
    /// prepares than the following minute drains, which would measure the start, not the service.
    /// </summary>
    public Task<PhaseResult> RampAsync(string name, double fromRate, double toRate, TimeSpan duration, Func<QueryKind> next)
    {
        var seconds = duration.TotalSeconds;
        var growth = (toRate - fromRate) / seconds;
        // Request i goes when fromRate*t + growth*t^2/2 = i (the requests sent by time t).
        return ScheduledAsync(name, (int)((fromRate + toRate) / 2 * seconds),
            i => growth == 0 ? i / fromRate : (Math.Sqrt((fromRate * fromRate) + (2 * growth * i)) - fromRate) / growth, next);
    }

    private async Task<PhaseResult> ScheduledAsync(string name, int total, Func<int, double> secondsOf, Func<QueryKind> next)
    {
        var samples = new ConcurrentQueue<Sample>();
        var inFlight = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var scheduled = start + (long)(secondsOf(i) * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                // Timer resolution is about a millisecond; the latency is measured from `scheduled` either way.
                await Task.Delay(wait);
            }

            inFlight.Add(MeasureAsync(next(), scheduled, samples));
        }

        await Task.WhenAll(inFlight);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new PhaseResult(name, elapsed, samples.ToArray(), total);
    }

    /// <summary>Runs <paramref name="workers"/> loops that each send the next request as soon as the previous one answered.</summary>
    public async Task<PhaseResult> ClosedLoopAsync(string name, int workers, TimeSpan duration, Func<QueryKind> next)
    {
        var samples = new ConcurrentQueue<Sample>();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                await MeasureAsync(next(), Stopwatch.GetTimestamp(), samples);
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new PhaseResult(name, elapsed, samples.ToArray(), samples.Count);
    }

    /// <summary>
    /// Waits until a policy page answers within 200 ms again (at most a minute), so requests an overloaded phase left
    /// queued in the API or the database do not count against the next phase.
    /// </summary>
    public async Task DrainAsync()
    {
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var samples = new ConcurrentQueue<Sample>();
            await MeasureAsync(QueryKind.PolicyPage, Stopwatch.GetTimestamp(), samples);
            if (samples.TryDequeue(out var probe) && probe.Outcome.Success && probe.Milliseconds < 200)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Console.WriteLine("  the API did not recover within a minute; the next phase starts anyway");
    }

    private async Task MeasureAsync(QueryKind kind, long scheduled, ConcurrentQueue<Sample> samples)
    {
        // Yield first so the open-loop scheduler never runs a request's synchronous part on its own time.
        await Task.Yield();
        Outcome outcome;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            outcome = await workload.SendAsync(kind, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            outcome = Outcome.Failed($"timeout ({timeout.TotalSeconds:F0} s)");
        }
        catch (HttpRequestException exception)
        {
            outcome = Outcome.Failed("transport: " + exception.Message);
        }

        samples.Enqueue(new Sample(kind, Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds, outcome));
    }
}
