using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Each subscription event can run in its own DI scope, so a long-lived socket never shares one DbContext.</summary>
public sealed class SubscriptionScopeTests
{
    private sealed class UnitOfWork : IDisposable
    {
        private static int _next;

        public int Id { get; } = Interlocked.Increment(ref _next);

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private static async IAsyncEnumerable<object?> Ticks([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < 3; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    [Fact]
    public async Task Every_event_gets_a_fresh_scope_that_is_disposed_afterwards()
    {
        var seen = new List<UnitOfWork>();
        var schema = ExecutionHarness.Build(
            "type Tick { n: Int unit: Int } type Query { ping: String } type Subscription { ticks: Tick }",
            b => b
                .Bind("Query", "ping", _ => new ValueTask<object?>("pong"))
                .Bind("Subscription", "ticks", _ => new ValueTask<object?>(Ticks()))
                .Bind("Tick", "n", ctx => new ValueTask<object?>(ctx.Source))
                .Bind("Tick", "unit", ctx =>
                {
                    var unit = ctx.RequestServices.GetRequiredService<UnitOfWork>();
                    seen.Add(unit);
                    return new ValueTask<object?>(unit.Id);
                }));
        using var services = new ServiceCollection().AddScoped<UnitOfWork>().BuildServiceProvider();

        var subscription = await new Executor(schema).SubscribeAsync(
            new ExecutionArgs { Document = Parser.Parse("subscription { ticks { n unit } }") },
            services.GetRequiredService<IServiceScopeFactory>());
        var payloads = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            payloads.Add(ExecutionResultJson.Serialize(result));
        }

        Assert.Equal(3, payloads.Count);
        Assert.Equal(3, seen.Select(u => u.Id).Distinct().Count());
        Assert.All(seen, u => Assert.True(u.Disposed));
        Assert.Equal($"{{\"data\":{{\"ticks\":{{\"n\":2,\"unit\":{seen[2].Id}}}}}}}", payloads[2]);
    }
}
