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
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)

            // The machine is shared: Min shows what the code costs when it gets a core to itself.
            .AddColumn(StatisticColumn.Min, StatisticColumn.Median)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
