using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// DataLoader batching under the single-flow scheduler: one batch per level for N parents, per-request caching,
/// batch size limits, errors, and no two resolvers or batch functions ever running at the same time.
/// </summary>
public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Product { code: String name: String }
        type Policy { id: Int product: Product }
        type Customer { id: Int name: String policies: [Policy] firstPolicy: Policy }
        type Query { customers(count: Int!): [Customer] customer(id: Int!): Customer }
        """;

    private sealed record Customer(int Id, string Name);

    private sealed record Policy(int Id, int CustomerId, string ProductCode);

    private sealed record Product(string Code, string Name);

    /// <summary>
    /// Stands in for a scoped DbContext: counts overlapping "database" operations the way EF Core detects a second
    /// operation started on the same context. A resolver parked on a DataLoader is not using the context.
    /// </summary>
    private sealed class ConcurrencyProbe
    {
        private int _active;

        public int Violations;

        public int Operations;

        public async Task QueryAsync(int milliseconds = 1, bool leaveContext = false)
        {
            if (Interlocked.Increment(ref _active) != 1)
            {
                Interlocked.Increment(ref Violations);
            }

            Interlocked.Increment(ref Operations);
            try
            {
                if (milliseconds == 0)
                {
                    await Task.Yield();
                }
                else
                {
                    await Task.Delay(milliseconds).ConfigureAwait(!leaveContext);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _active);
            }
        }
    }

    private sealed class Fixture
    {
        public ConcurrencyProbe Probe { get; } = new();

        public List<IReadOnlyList<int>> PolicyBatches { get; } = [];

        public List<IReadOnlyList<string>> ProductBatches { get; } = [];

        public int MaxBatchSize { get; init; }

        public Platform.GraphQL.Types.Schema Build() => ExecutionHarness.Build(Sdl, b => b
            .Bind("Query", "customers", async ctx =>
            {
                await Probe.QueryAsync(2);
                return Enumerable.Range(1, (int)ctx.Arguments["count"]!).Select(i => new Customer(i, "c" + i)).ToList();
            })
            .Bind("Query", "customer", ctx => new ValueTask<object?>(new Customer((int)ctx.Arguments["id"]!, "single")))
            .Bind("Customer", "policies", async ctx =>
            {
                // A query before the load (a permission check, say) must be exclusive too.
                await Probe.QueryAsync(0);
                var loader = ctx.GetDataLoader("policiesByCustomer", () => new GroupDataLoader<int, Policy>(
                    async (keys, ct) =>
                    {
                        PolicyBatches.Add(keys.ToArray());
                        await Probe.QueryAsync(2);
                        return keys.SelectMany(k => new[] { new Policy(k * 10, k, "P" + (k % 3)), new Policy((k * 10) + 1, k, "P" + ((k + 1) % 3)) })
                            .ToLookup(p => p.CustomerId);
                    },
                    MaxBatchSize));
                return await loader.LoadAsync(ctx.GetSource<Customer>().Id);
            })
            .Bind("Customer", "firstPolicy", async ctx =>
            {
                var loader = ctx.GetDataLoader("policiesByCustomer", () => new GroupDataLoader<int, Policy>(
                    (keys, ct) => throw new InvalidOperationException("the policies field creates this loader first")));
                var policies = await loader.LoadAsync(ctx.GetSource<Customer>().Id);
                return policies.FirstOrDefault();
            })
            .Bind("Policy", "product", async ctx =>
            {
                var loader = ctx.GetDataLoader("productByCode", () => DataLoader<string, Product>.FromList(
                    async (keys, ct) =>
                    {
                        ProductBatches.Add(keys.ToArray());
                        await Probe.QueryAsync(2, leaveContext: true);
                        return keys.Select(k => new Product(k, "Product " + k)).ToList();
                    }));
                var product = await loader.LoadAsync(ctx.GetSource<Policy>().ProductCode);

                // A query after the load, whose continuation leaves the request's context: still exclusive.
                await Probe.QueryAsync(1, leaveContext: true);
                return product;
            }));
    }

    [Fact]
    public async Task List_of_parents_costs_one_batch_per_level_and_never_runs_code_concurrently()
    {
        var fixture = new Fixture();
        var schema = fixture.Build();

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ customers(count: 25) { id policies { id product { code name } } } }");

        Assert.Null(result.Errors);
        Assert.Equal(0, fixture.Probe.Violations);
        var batch = Assert.Single(fixture.PolicyBatches);
        Assert.Equal(Enumerable.Range(1, 25), batch);
        var products = Assert.Single(fixture.ProductBatches);
        Assert.Equal(["P1", "P2", "P0"], products);

        // 1 customers + 25 policies + 50 product resolvers + 2 batch functions.
        Assert.Equal(78, fixture.Probe.Operations);
        var data = ExecutionHarness.Data(result);
        Assert.StartsWith("{\"customers\":[{\"id\":1,\"policies\":[{\"id\":10,\"product\":{\"code\":\"P1\",\"name\":\"Product P1\"}},{\"id\":11,\"product\":{\"code\":\"P2\"", data);
        Assert.Contains("{\"id\":25,\"policies\":[{\"id\":250,\"product\":{\"code\":\"P1\"", data);
    }

    [Fact]
    public async Task The_batch_hook_hears_the_registry_key_of_every_batch_with_the_requests_services()
    {
        var fixture = new Fixture();
        var schema = fixture.Build();
        var heard = new List<(object Key, IServiceProvider Services)>();
        var options = new ExecutionOptions { OnDataLoaderBatch = (key, services) => heard.Add((key, services)) };

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ customers(count: 3) { policies { product { code } } } }", options: options);

        Assert.Null(result.Errors);
        Assert.Equal(fixture.PolicyBatches.Count + fixture.ProductBatches.Count, heard.Count);
        Assert.Equal(["policiesByCustomer", "productByCode"], heard.Select(h => (string)h.Key).Distinct().Order());
        Assert.All(heard, h => Assert.NotNull(h.Services));
    }

    [Fact]
    public async Task Same_key_is_fetched_once_per_request_and_again_in_the_next_request()
    {
        var fixture = new Fixture();
        var schema = fixture.Build();
        const string query = "{ a: customer(id: 7) { policies { id } firstPolicy { id } } b: customer(id: 7) { firstPolicy { id } } }";

        var first = await ExecutionHarness.ExecuteAsync(schema, query);
        Assert.Null(first.Errors);
        Assert.Equal("{\"a\":{\"policies\":[{\"id\":70},{\"id\":71}],\"firstPolicy\":{\"id\":70}},\"b\":{\"firstPolicy\":{\"id\":70}}}", ExecutionHarness.Data(first));
        Assert.Equal([7], Assert.Single(fixture.PolicyBatches));

        await ExecutionHarness.ExecuteAsync(schema, query);
        Assert.Equal(2, fixture.PolicyBatches.Count);
    }

    [Fact]
    public async Task Max_batch_size_splits_keys_into_several_batches_dispatched_one_at_a_time()
    {
        var fixture = new Fixture { MaxBatchSize = 4 };
        var schema = fixture.Build();

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ customers(count: 10) { policies { id } } }");

        Assert.Null(result.Errors);
        Assert.Equal(0, fixture.Probe.Violations);
        Assert.Equal([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]], fixture.PolicyBatches.Select(b => b.ToArray()).ToArray());
    }

    [Fact]
    public async Task Failing_batch_gives_each_waiting_field_an_error_and_keeps_siblings()
    {
        var schema = ExecutionHarness.Build(Sdl, b => b
            .Bind("Query", "customers", ctx => new ValueTask<object?>(new[] { new Customer(1, "a"), new Customer(2, "b") }))
            .Bind("Query", "customer", _ => new ValueTask<object?>((object?)null))
            .Bind("Customer", "policies", async ctx =>
            {
                var loader = ctx.GetDataLoader("failing", () => new GroupDataLoader<int, Policy>(
                    (keys, ct) => throw new GraphQLException("Policies are unavailable.", "UNAVAILABLE")));
                return await loader.LoadAsync(ctx.GetSource<Customer>().Id);
            }));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ customers(count: 2) { name policies { id } } }");

        Assert.Equal("{\"customers\":[{\"name\":\"a\",\"policies\":null},{\"name\":\"b\",\"policies\":null}]}", ExecutionHarness.Data(result));
        Assert.Equal(2, result.Errors!.Count);
        Assert.All(result.Errors!, e => Assert.Equal("UNAVAILABLE", e.Code));
        Assert.Equal(["customers", 1, "policies"], result.Errors![1].Path!);
    }

    [Fact]
    public async Task Loader_results_map_to_the_right_keys_regardless_of_batch_order()
    {
        var schema = ExecutionHarness.Build(Sdl, b => b
            .Bind("Query", "customers", _ => new ValueTask<object?>(new[] { new Customer(3, "x"), new Customer(1, "y"), new Customer(2, "z") }))
            .Bind("Query", "customer", _ => new ValueTask<object?>((object?)null))
            .Bind("Customer", "name", async ctx =>
            {
                var loader = ctx.GetDataLoader("names", () => new DataLoader<int, string>((keys, ct) =>
                    Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Reverse().ToDictionary(k => k, k => "name-" + k))));
                return await loader.LoadAsync(ctx.GetSource<Customer>().Id);
            }));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ customers(count: 3) { id name } }");
        Assert.Equal("{\"customers\":[{\"id\":3,\"name\":\"name-3\"},{\"id\":1,\"name\":\"name-1\"},{\"id\":2,\"name\":\"name-2\"}]}", ExecutionHarness.Data(result));
    }

    [Fact]
    public async Task Chained_loads_inside_one_resolver_batch_per_step()
    {
        var batches = new List<string>();
        var schema = ExecutionHarness.Build(Sdl, b => b
            .Bind("Query", "customers", ctx => new ValueTask<object?>(Enumerable.Range(1, 6).Select(i => new Customer(i, "c" + i)).ToArray()))
            .Bind("Query", "customer", _ => new ValueTask<object?>((object?)null))
            .Bind("Customer", "firstPolicy", async ctx =>
            {
                var policies = ctx.GetDataLoader("policies", () => new GroupDataLoader<int, Policy>(async (keys, ct) =>
                {
                    batches.Add("policies " + string.Join(",", keys));
                    await Task.Yield();
                    return keys.Select(k => new Policy(k * 10, k, "P" + (k % 2))).ToLookup(p => p.CustomerId);
                }));
                var first = (await policies.LoadAsync(ctx.GetSource<Customer>().Id))[0];
                var products = ctx.GetDataLoader("products", () => new DataLoader<string, Product>(async (keys, ct) =>
                {
                    batches.Add("products " + string.Join(",", keys));
                    await Task.Yield();
                    return keys.ToDictionary(k => k, k => new Product(k, "n" + k));
                }));
                var product = await products.LoadAsync(first.ProductCode);
                return first with { ProductCode = product!.Name };
            }));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ customers(count: 6) { firstPolicy { id } } }");

        Assert.Null(result.Errors);
        Assert.Equal(["policies 1,2,3,4,5,6", "products P1,P0"], batches);
    }
}
