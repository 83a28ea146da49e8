using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Api.Data;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Customers;

/// <summary>
/// The customer list's name-prefix and phone/ID-number-suffix filters: the SQL the API sends is answered from the
/// search indexes under row-level security, and the matches stay exact (wildcards in the input are plain text).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CustomerSearchTests(ApiEnvironment environment, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SqlCommandCounter _commands = new(recordCommands: true);
    private ApiStack _stack = null!;

    public async Task InitializeAsync() =>
        _stack = await ApiStack.StartAsync(environment.Cluster, configureApi: b => b.Services.AddSingleton(_commands));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Theory]
    [InlineData("namePrefix", "NAME", "ix_customers_name")]
    [InlineData("phoneSuffix", "PHONE", "ix_customers_phone_suffix")]
    [InlineData("idNumberSuffix", "ID_NUMBER", "ix_customers_id_number_suffix")]
    public async Task The_page_and_count_queries_the_api_sends_are_answered_from_the_search_index_under_row_level_security(
        string filter, string field, string index)
    {
        var data = await InsurerData.SeedAsync(_stack, "search-plan", customers: 6, interactionsPerPolicy: 0);
        await AddFillerCustomersAsync(data.Tenant, 4000, "Filler");
        var target = data.Customers[3];
        var value = field switch
        {
            "NAME" => target.Name[..^2],
            "PHONE" => target.Phone![^4..],
            _ => target.IdNumber![^6..],
        };
        // Searching by more than the masked digits needs full clearance (R-PII-02).
        var token = await TokenAsync(data.Tenant);
        var before = _commands.Recorded.Count > 0 ? _commands.Recorded[^1] : null;

        var page = Tokens.Data(await data.QueryAsync(token, $"{{ customers(filter: {{ {filter}: \"{value}\" }}) {{ totalCount nodes {{ name }} }} }}"))
            .GetProperty("customers");

        Assert.Contains(target.Name, page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        var sent = _commands.Recorded.SkipWhile(c => before is not null && !ReferenceEquals(c, before)).Skip(before is null ? 0 : 1)
            .Where(c => c.Text.Contains("FROM customers", StringComparison.Ordinal)).ToList();
        Assert.True(sent.Count >= 2, $"expected the page and the count query, saw {sent.Count}");
        foreach (var command in sent)
        {
            var plan = await ExplainAsync(data.Tenant, command);
            output.WriteLine(command.Text);
            output.WriteLine(plan);
            var scans = IndexScans(plan);
            Assert.True(scans.Any(s => s.Index == index), $"{index} not used:\n{command.Text}\n{plan}");
            // The index must narrow by the searched text, not only by tenant.
            Assert.Contains(scans, s => s.Index == index && s.Condition.Contains(">=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Prefix_and_suffix_match_exactly_and_the_like_wildcards_percent_underscore_and_backslash_are_plain_text()
    {
        var tenant = await _stack.AddTenantAsync("search-literal");
        await AddCustomersAsync(tenant,
            ("100% sure", "1380000_001", "11010119800101001X"),
            ("100x sure", "13800001001", "110101198001010010"),
            ("1000 sure", "138000010%1", "1101011980010100%X"),
            ("a_b", "13800002002", "11010119800101002_"),
            ("axb", "13800003003", "110101198001010029"),
            (@"C:\dir", @"1380000\004", @"11010119800101\004"),
            ("C:xdir", "13800004004", "110101198001010049"),
            ("王小明", "13912345678", null),
            ("王芳", "13812345678", null),
            ("汪洋", "13712345679", null),
            ("Zoë", null, null),
            ("😀 smile", "13800009999", null),
            ("😁 grin", "13800008888", null));
        var token = await TokenAsync(tenant);

        Assert.Equal(["100% sure"], await NamesAsync(token, "namePrefix", "100%"));
        Assert.Equal(["a_b"], await NamesAsync(token, "namePrefix", "a_"));
        Assert.Equal([@"C:\dir"], await NamesAsync(token, "namePrefix", @"C:\"));
        Assert.Equal(["王小明", "王芳"], await NamesAsync(token, "namePrefix", "王"));
        Assert.Equal(["王小明"], await NamesAsync(token, "namePrefix", "王小明"));
        Assert.Empty(await NamesAsync(token, "namePrefix", "王小明!"));
        Assert.Equal(["Zoë"], await NamesAsync(token, "namePrefix", "Zoë"));
        Assert.Empty(await NamesAsync(token, "namePrefix", "zo"));
        Assert.Equal(["😀 smile"], await NamesAsync(token, "namePrefix", "😀"));

        Assert.Equal(["100% sure"], await NamesAsync(token, "phoneSuffix", "_001"));
        Assert.Equal(["1000 sure"], await NamesAsync(token, "phoneSuffix", "%1"));
        Assert.Equal([@"C:\dir"], await NamesAsync(token, "phoneSuffix", @"\004"));
        Assert.Equal(["王小明", "王芳"], await NamesAsync(token, "phoneSuffix", "5678"));
        Assert.Equal(["王芳"], await NamesAsync(token, "phoneSuffix", "13812345678"));
        Assert.Empty(await NamesAsync(token, "phoneSuffix", "013812345678"));

        Assert.Equal(["1000 sure"], await NamesAsync(token, "idNumberSuffix", "%X"));
        Assert.Equal(["a_b"], await NamesAsync(token, "idNumberSuffix", "2_"));
        Assert.Equal([@"C:\dir"], await NamesAsync(token, "idNumberSuffix", @"\004"));
        Assert.Equal(["100% sure", "1000 sure"], await NamesAsync(token, "idNumberSuffix", "X"));

        // Several conditions must all hold.
        Assert.Equal(["王小明"], await NamesAsync(token, "namePrefix: \"王\", phoneSuffix: \"912345678\""));
        Assert.Empty(await NamesAsync(token, "namePrefix: \"汪\", phoneSuffix: \"912345678\""));
        Assert.Equal(["100% sure"], await NamesAsync(token, "phoneSuffix: \"001\", idNumberSuffix: \"1X\""));
    }

    [Fact]
    public async Task A_search_text_no_stored_value_can_contain_matches_nothing_instead_of_failing()
    {
        var tenant = await _stack.AddTenantAsync("search-nul");
        await AddCustomersAsync(tenant, ("nul", "13800000000", "110101198001010000"));
        var token = await TokenAsync(tenant);

        // PostgreSQL text cannot hold U+0000, so such a search can only match nothing.
        Assert.Empty(await NamesAsync(token, "namePrefix", "n\u0000"));
        Assert.Empty(await NamesAsync(token, "phoneSuffix", "\u00000"));
        Assert.Empty(await NamesAsync(token, "idNumberSuffix", "\u0000"));
        Assert.Equal(["nul"], await NamesAsync(token, "namePrefix", "n"));
    }

    [Fact]
    public async Task Searches_and_their_counts_see_only_the_callers_tenant_R_TEN_01()
    {
        var mine = await _stack.AddTenantAsync("search-mine");
        var theirs = await _stack.AddTenantAsync("search-theirs");
        await AddCustomersAsync(mine, ("李雷", "13800001234", "110101198001011234"));
        await AddCustomersAsync(theirs, ("李雷", "13800001234", "110101198001011234"), ("李华", "13900001234", "110101198001021234"));
        var token = await TokenAsync(mine);

        foreach (var (filter, value) in new[] { ("namePrefix", "李"), ("phoneSuffix", "1234"), ("idNumberSuffix", "1234") })
        {
            var page = Tokens.Data(await Tokens.QueryAsync(_stack, token, $"{{ customers(filter: {{ {filter}: \"{value}\" }}) {{ totalCount nodes {{ name }} }} }}"))
                .GetProperty("customers");
            Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(["李雷"], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        }
    }

    private async Task<string> TokenAsync(Guid tenant) =>
        await Tokens.ForAsync(_stack, tenant, "compliance-" + tenant.ToString("N")[..8], "COMPLIANCE_OFFICER");

    // JSON string escapes are GraphQL string escapes too.
    private Task<List<string?>> NamesAsync(string token, string filter, string value) =>
        NamesAsync(token, $"{filter}: {JsonSerializer.Serialize(value)}");

    private async Task<List<string?>> NamesAsync(string token, string conditions)
    {
        var body = await Tokens.QueryAsync(_stack, token, $"{{ customers(first: 100, filter: {{ {conditions} }}) {{ nodes {{ name }} }} }}");
        return [.. Tokens.Data(body).GetProperty("customers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Order(StringComparer.Ordinal)];
    }

    private async Task AddCustomersAsync(Guid tenant, params (string Name, string? Phone, string? IdNumber)[] people)
    {
        await using var source = NpgsqlDataSource.Create(_stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(tenant);
        var now = DateTimeOffset.UtcNow;
        foreach (var (name, phone, idNumber) in people)
        {
            work.Db.Customers.Add(new Customer
            {
                TenantId = tenant,
                Id = Guid.CreateVersion7(),
                Name = name,
                Phone = phone,
                IdNumber = idNumber,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        await work.CommitAsync();
    }

    // Enough rows, with fresh statistics, that the planner's choice between the tenant's indexes is a real one.
    private async Task AddFillerCustomersAsync(Guid tenant, int count, string name)
    {
        await using var source = NpgsqlDataSource.Create(_stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(tenant);
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO customers (tenant_id, id, name, phone, id_number, created_at, updated_at)
            SELECT $1, gen_random_uuid(), $2 || ' ' || lpad(g::text, 6, '0'), '139' || lpad((g * 7919 % 100000000)::text, 8, '0'),
                   '3201011990' || lpad((g * 104729 % 100000000)::text, 8, '0'), now(), now()
            FROM generate_series(1, $3) g
            """, work.Connection, work.Transaction))
        {
            insert.Parameters.AddWithValue(tenant);
            insert.Parameters.AddWithValue(name);
            insert.Parameters.AddWithValue(count);
            await insert.ExecuteNonQueryAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE customers", work.Connection, work.Transaction))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await work.CommitAsync();
    }

    // EXPLAIN of the command exactly as the API sent it, as the API's role inside the tenant's setting; sequential
    // scans are priced out so that the plan shows which index the query can use at all.
    private async Task<string> ExplainAsync(Guid tenant, RecordedSqlCommand command)
    {
        await using var source = NpgsqlDataSource.Create(_stack.AppConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(tenant);
        await using (var off = new NpgsqlCommand("SET LOCAL enable_seqscan = off", work.Connection, work.Transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + command.Text, work.Connection, work.Transaction);
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(((NpgsqlParameter)parameter).Clone());
        }

        return (string)(await explain.ExecuteScalarAsync())!;
    }

    private static List<(string Index, string Condition)> IndexScans(string planJson)
    {
        var scans = new List<(string, string)>();
        void Walk(JsonElement node)
        {
            if (node.TryGetProperty("Index Name", out var name))
            {
                scans.Add((name.GetString()!, node.TryGetProperty("Index Cond", out var cond) ? cond.GetString()! : ""));
            }

            if (node.TryGetProperty("Plans", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Walk(child);
                }
            }
        }

        using var document = JsonDocument.Parse(planJson);
        Walk(document.RootElement[0].GetProperty("Plan"));
        return scans;
    }
}
