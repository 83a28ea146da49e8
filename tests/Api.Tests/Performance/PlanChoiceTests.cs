using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Data;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Performance;

/// <summary>
/// An operation's prepared statements use generic plans (no planning per DataLoader batch), and marked commands over a
/// caller's filters are planned for their values (docs/decisions/plan-cache.md), seen in PostgreSQL's own counters.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PlanChoiceTests(ApiEnvironment environment) : IAsyncLifetime
{
    // Its own stack: pg_prepared_statements counts per connection since it opened, so the shared stack's pooled
    // connections would bring other tests' custom plans of the same statements.
    private ApiStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ApiStack.StartAsync(environment.Cluster);

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task Lookups_by_key_run_generic_plans_and_marked_queries_switch_the_rest_of_the_transaction_to_plans_per_execution()
    {
        var data = await InsurerData.SeedAsync(_stack, "plans", customers: 6, interactionsPerPolicy: 0);
        var database = _stack.ApiServices.GetRequiredService<ApiDatabase>();
        var ids = data.Policies.Select(p => p.Id).Take(2).ToArray();
        var from = new DateOnly(2000, 1, 1);

        await using (var work = new OperationWork(database, data.Tenant))
        {
            var db = await work.DbAsync();
            Assert.Equal("force_generic_plan", await SettingAsync(work));

            // Npgsql prepares a statement on its second use; the third runs the prepared one.
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(2, (await db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync()).Count);
            }

            var byKey = await PlansAsync(work, "%FROM policies%", marked: false);
            Assert.True(byKey.Generic >= 1, $"generic {byKey.Generic}, custom {byKey.Custom}");
            Assert.Equal(0, byKey.Custom);

            for (var i = 0; i < 3; i++)
            {
                Assert.NotEmpty(await PlanPerExecution.Mark(db.Policies.AsNoTracking().Where(p => p.EndDate >= from)).ToListAsync());
            }

            Assert.Equal("auto", await SettingAsync(work));
            var filtered = await PlansAsync(work, "%FROM policies%", marked: true);
            Assert.True(filtered.Custom >= 1, $"generic {filtered.Generic}, custom {filtered.Custom}");
            Assert.Equal(0, filtered.Generic);
            await work.CommitAsync();
        }

        // The switch ended with its transaction: the next operation on the pool begins with generic plans again.
        await using var next = new OperationWork(database, data.Tenant);
        Assert.Equal("force_generic_plan", await SettingAsync(next));

        // Raw SQL is marked by its first line.
        await using (var marked = await next.CommandPlannedPerExecutionAsync("SELECT 1"))
        {
            await marked.ExecuteScalarAsync();
        }

        Assert.Equal("auto", await SettingAsync(next));
    }

    private static async Task<string> SettingAsync(OperationWork work)
    {
        await using var command = await work.CommandAsync("SELECT current_setting('plan_cache_mode')");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    // pg_prepared_statements shows the session's statements, so this runs on the operation's own connection.
    private static async Task<(long Generic, long Custom)> PlansAsync(OperationWork work, string like, bool marked)
    {
        await using var command = await work.CommandAsync("""
            SELECT coalesce(sum(generic_plans), 0)::bigint, coalesce(sum(custom_plans), 0)::bigint FROM pg_prepared_statements
            WHERE statement LIKE $1 AND (statement LIKE '-- plan per execution%') = $2 AND statement NOT LIKE '%pg_prepared_statements%'
            """);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = like });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = marked });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
