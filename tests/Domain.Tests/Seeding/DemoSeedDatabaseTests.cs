using System.Security.Cryptography;
using Npgsql;
using Platform.Domain.Complaints;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Policies;
using Platform.Domain.Recordings.Storage;
using Platform.Domain.Security;
using Platform.Domain.Seeding;
using Platform.Domain.Staff;
using Platform.Domain.Tests.Persistence;
using Platform.Testing;

namespace Platform.Domain.Tests.Seeding;

/// <summary>The small demo seed loads into the real schema and is visible only to its own tenant.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class DemoSeedDatabaseTests(PostgresCluster cluster, SeededDatabase seeded) : IClassFixture<SeededDatabase>, IAsyncLifetime
{
    private static readonly Guid Ankang = DemoTenants.AnkangLife.Id;
    private static readonly Guid Pinghe = DemoTenants.PingheProperty.Id;

    public Task InitializeAsync() => seeded.SeedAsync(cluster);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Scale_one_loads_the_documented_counts_for_both_insurers()
    {
        foreach (var tenant in new[] { Ankang, Pinghe })
        {
            Assert.Equal(300L, await CountAsync("customers", tenant));
            Assert.Equal(500L, await CountAsync("policies", tenant));
            Assert.Equal(1000L, await CountAsync("interactions", tenant));
            Assert.Equal(20L, await CountAsync("complaints", tenant));
            Assert.Equal(100L, await CountAsync("survey_responses", tenant));
            Assert.True(await CountAsync("verification_attempts", tenant) > 100);
            Assert.True(await CountAsync("recordings", tenant) > 300);
            Assert.True(await CountAsync("training_records", tenant) > 100);
            Assert.Equal(await CountAsync("staff_members", tenant), await CountAsync("psychological_assessments", tenant));
        }

        Assert.Equal(2L, await LoaderScalarAsync<long>("SELECT count(*) FROM tenants WHERE code IN ('ankang-life', 'pinghe-property')"));
    }

    [Fact]
    public async Task Every_product_line_policy_status_channel_and_role_is_present_for_each_insurer()
    {
        foreach (var tenant in new[] { Ankang, Pinghe })
        {
            Assert.Equal(Names<ProductLine>(), await DistinctAsync("policies", "product_line", tenant));
            Assert.Equal(Names<PolicyStatus>(), await DistinctAsync("policies", "status", tenant));
            Assert.Equal(Names<InteractionChannel>(), await DistinctAsync("interactions", "channel", tenant));
            Assert.Equal(Names<StaffRole>(), await DistinctAsync("staff_role_assignments", "role", tenant));
            Assert.Equal(Names<VerificationMethod>(), await DistinctAsync("verification_attempts", "method", tenant));
        }
    }

    [Fact]
    [Trait("Rule", "R-CMP-01")]
    public async Task R_CMP_01_complaints_exist_in_every_status_and_each_history_is_a_legal_chain_ending_in_the_status()
    {
        foreach (var tenant in new[] { Ankang, Pinghe })
        {
            Assert.Equal(Names<ComplaintStatus>(), await DistinctAsync("complaints", "status", tenant));
        }

        var allowed = new HashSet<(string?, string)>
        {
            (null, "Received"), ("Received", "Accepted"), ("Accepted", "Investigating"), ("Investigating", "Resolved"),
            ("Resolved", "FeedbackGiven"), ("FeedbackGiven", "UnderReview"), ("UnderReview", "Archived"), ("UnderReview", "Investigating"),
        };
        await using var connection = await OpenAsync(DatabaseRoles.Loader);
        await using var command = new NpgsqlCommand(
            """
            SELECT c.id, c.status, h.from_status, h.to_status, h.changed_at, c.received_at
            FROM complaints c JOIN complaint_status_history h ON h.tenant_id = c.tenant_id AND h.complaint_id = c.id
            ORDER BY c.id, h.changed_at, h.id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var histories = new Dictionary<Guid, List<(string Status, string? From, string To, DateTime At, DateTime Received)>>();
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            if (!histories.TryGetValue(id, out var list))
            {
                histories[id] = list = [];
            }

            list.Add((reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetDateTime(4), reader.GetDateTime(5)));
        }

        Assert.Equal(40, histories.Count);
        foreach (var (_, history) in histories)
        {
            Assert.Null(history[0].From);
            Assert.Equal(history[0].Received, history[0].At);
            for (var n = 0; n < history.Count; n++)
            {
                Assert.Contains((history[n].From, history[n].To), allowed);
                if (n > 0)
                {
                    Assert.Equal(history[n - 1].To, history[n].From);
                    Assert.True(history[n].At > history[n - 1].At);
                }
            }

            Assert.Equal(history[0].Status, history[^1].To);
        }
    }

    [Fact]
    [Trait("Rule", "R-TEN-01")]
    public async Task R_TEN_01_the_app_role_sees_only_the_tenant_of_its_transaction_and_nothing_without_one()
    {
        await using var connection = await OpenAsync(DatabaseRoles.App);
        foreach (var (tenant, other) in new[] { (Ankang, Pinghe), (Pinghe, Ankang) })
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true)", connection, transaction))
            {
                set.Parameters.AddWithValue(tenant.ToString());
                await set.ExecuteNonQueryAsync();
            }

            foreach (var table in new[] { "customers", "policies", "interactions", "complaints", "recordings", "survey_responses" })
            {
                await using var count = new NpgsqlCommand(
                    $"SELECT count(*) FILTER (WHERE tenant_id = $1), count(*) FILTER (WHERE tenant_id = $2) FROM {table}", connection, transaction);
                count.Parameters.AddWithValue(tenant);
                count.Parameters.AddWithValue(other);
                await using var reader = await count.ExecuteReaderAsync();
                await reader.ReadAsync();
                Assert.True(reader.GetInt64(0) > 0, table);
                Assert.Equal(0L, reader.GetInt64(1));
            }

            await transaction.CommitAsync();
        }

        await using var none = new NpgsqlCommand("SELECT count(*) FROM customers", connection);
        Assert.Equal(0L, (long)(await none.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Resident_id_numbers_in_the_database_are_valid_and_match_gender_and_birth_date()
    {
        await using var connection = await OpenAsync(DatabaseRoles.Loader);
        await using var command = new NpgsqlCommand(
            "SELECT id_number, gender, birth_date, phone FROM customers WHERE id_document_type = 'ResidentIdCard'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var seen = 0;
        while (await reader.ReadAsync())
        {
            var number = reader.GetString(0);
            Assert.True(IndependentIdValidator.IsValid(number), number);
            Assert.Equal(reader.GetString(1) == "Male", (number[16] - '0') % 2 == 1);
            Assert.Equal(reader.GetFieldValue<DateOnly>(2).ToString("yyyyMMdd"), number[6..14]);
            Assert.Matches("^1[3-9][0-9]{9}$", reader.GetString(3));
            seen++;
        }

        Assert.True(seen > 500);
    }

    [Fact]
    [Trait("Rule", "R-REC-01")]
    public async Task R_REC_01_demo_recordings_carry_encrypted_audio_that_only_the_right_key_and_tenant_open()
    {
        Assert.Equal(2L * DemoSeeder.EncryptedContentsPerTenant, await LoaderScalarAsync<long>("SELECT count(*) FROM recording_contents"));
        await using var dataSource = NpgsqlDataSource.Create(seeded.As(DatabaseRoles.App));
        var store = new PostgresRecordingContentStore(dataSource, seeded.MasterKey);
        var recording = await LoaderScalarAsync<Guid>($"SELECT recording_id FROM recording_contents WHERE tenant_id = '{Ankang}' LIMIT 1");

        var content = await store.LoadAsync(Ankang, recording);

        Assert.NotNull(content);
        Assert.Equal("audio/wav", content.ContentType);
        var tones = Enumerable.Range(0, DemoSeeder.EncryptedContentsPerTenant).Select(n => DemoAudio.Tone(1.5, 440 + (110 * n)));
        Assert.Contains(tones, tone => tone.AsSpan().SequenceEqual(content.Data));
        Assert.Null(await store.LoadAsync(Pinghe, recording));

        // The same rows under another deployment's master key: the tenant data key does not unwrap, nothing is returned.
        var foreign = new PostgresRecordingContentStore(dataSource, new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.Length)));
        var refusal = await Assert.ThrowsAsync<ContentRefusedException>(() => foreign.LoadAsync(Ankang, recording));
        Assert.Equal(ContentRefusalReason.IntegrityCheckFailed, refusal.Reason);
    }

    [Fact]
    [Trait("Rule", "R-AGT-01")]
    public async Task R_AGT_01_every_interaction_is_handled_by_an_agent_with_a_full_onboarding_pass_and_a_passed_assessment()
    {
        var uncertifiedHandling = await LoaderScalarAsync<long>(
            """
            SELECT count(*) FROM interactions i
            WHERE NOT EXISTS (SELECT 1 FROM training_records r JOIN training_courses c ON c.tenant_id = r.tenant_id AND c.id = r.course_id
                              WHERE r.tenant_id = i.tenant_id AND r.staff_member_id = i.agent_id AND c.kind = 'Onboarding' AND r.score = 100 AND r.passed)
               OR NOT EXISTS (SELECT 1 FROM psychological_assessments a WHERE a.tenant_id = i.tenant_id AND a.staff_member_id = i.agent_id AND a.passed)
            """);
        var uncertifiedAgents = await LoaderScalarAsync<long>(
            """
            SELECT count(*) FROM staff_role_assignments s WHERE s.role = 'Agent'
              AND NOT EXISTS (SELECT 1 FROM psychological_assessments a WHERE a.tenant_id = s.tenant_id AND a.staff_member_id = s.staff_member_id AND a.passed)
            """);

        Assert.Equal(0L, uncertifiedHandling);
        Assert.True(uncertifiedAgents > 0, "the demo needs at least one uncertified agent to show the R-AGT-01 refusal");
    }

    [Fact]
    [Trait("Rule", "R-CALL-05")]
    public async Task R_CALL_05_outbound_calls_start_inside_the_calling_windows_and_never_on_public_holidays()
    {
        var outside = await LoaderScalarAsync<long>(
            """
            SELECT count(*) FROM interactions i
            WHERE i.channel = 'OutboundCall' AND (
              EXISTS (SELECT 1 FROM tenant_calendar_days d WHERE d.tenant_id = i.tenant_id AND d.kind = 'Holiday'
                      AND d.day = (i.started_at AT TIME ZONE 'Asia/Shanghai')::date)
              OR (i.started_at AT TIME ZONE 'Asia/Shanghai')::time < '08:30'
              OR (i.started_at AT TIME ZONE 'Asia/Shanghai')::time > '17:30')
            """);
        Assert.Equal(0L, outside);
    }

    [Fact]
    [Trait("Rule", "R-CALL-06")]
    public async Task R_CALL_06_nobody_is_called_outbound_while_a_do_not_call_request_is_in_force()
    {
        Assert.True(await LoaderScalarAsync<long>("SELECT count(*) FROM do_not_call_requests") > 0);
        var violations = await LoaderScalarAsync<long>(
            """
            SELECT count(*) FROM interactions i JOIN do_not_call_requests d
              ON d.tenant_id = i.tenant_id AND d.customer_id = i.customer_id
            WHERE i.channel = 'OutboundCall' AND i.started_at >= d.requested_at AND i.started_at < d.requested_at + interval '90 days'
            """);
        Assert.Equal(0L, violations);
    }

    private static SortedSet<string> Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetNames<TEnum>()];

    private async Task<SortedSet<string>> DistinctAsync(string table, string column, Guid tenant)
    {
        await using var connection = await OpenAsync(DatabaseRoles.Loader);
        await using var command = new NpgsqlCommand($"SELECT DISTINCT {column} FROM {table} WHERE tenant_id = $1", connection);
        command.Parameters.AddWithValue(tenant);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task<long> CountAsync(string table, Guid tenant)
    {
        await using var connection = await OpenAsync(DatabaseRoles.Loader);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE tenant_id = $1", connection);
        command.Parameters.AddWithValue(tenant);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<T> LoaderScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync(DatabaseRoles.Loader);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task<NpgsqlConnection> OpenAsync(string role)
    {
        var connection = new NpgsqlConnection(seeded.As(role));
        await connection.OpenAsync();
        return connection;
    }
}
