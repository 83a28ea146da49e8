using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Platform.GraphQL.Benchmarks;

/// <summary>Entry point: runs the benchmarks selected by the command line (e.g. <c>--filter '*'</c>).</summary>
public static class Program
{
    /// <summary>
    /// Runs in-process (no generated child project, so it works with redirected build folders) with 15 measured
    /// iterations: the three of a plain short run let one busy moment of another process on this shared 2-core
    /// machine dominate the mean.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["--loop", var seconds])
        {
            Loop(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)

            // The machine is shared: Min shows what the code costs when it gets a core to itself.
            .AddColumn(StatisticColumn.Min, StatisticColumn.Median)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    /// <summary>
    /// <c>--loop SECONDS</c>: runs the 50-object HTTP handler benchmark in a plain loop, so a sampling profiler
    /// (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>) sees only that path; prints µs and bytes per call.
    /// </summary>
    private static void Loop(double seconds)
    {
        var bench = new ServerBenchmarks();
        bench.Setup();
        var until = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(seconds * System.Diagnostics.Stopwatch.Frequency);
        while (System.Diagnostics.Stopwatch.GetTimestamp() < until)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            const int Calls = 20_000;
            for (var i = 0; i < Calls; i++)
            {
                bench.Handler();
            }

            var spent = Environment.CpuUsage.TotalTime - cpu;
            Console.WriteLine($"handler: {spent.TotalMicroseconds / Calls:0.0} us CPU, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / Calls} B per call");
        }
    }
}
