using Npgsql;
using Platform.Domain.Seeding;

namespace Platform.Domain.Tests.Seeding;

/// <summary>Referential integrity of the seeded rows, checked against the database catalog rather than a hand-kept list.</summary>
public sealed partial class DemoSeedDatabaseTests
{
    [Fact]
    public async Task Every_foreign_key_in_the_catalog_holds_for_every_seeded_row()
    {
        var foreignKeys = await ForeignKeysAsync();
        Assert.True(foreignKeys.Count > 30, $"only {foreignKeys.Count} foreign keys found in the catalog");

        await using var connection = await OpenAsync("postgres");
        foreach (var key in foreignKeys)
        {
            var present = string.Join(" AND ", key.ChildColumns.Select(c => $"c.{c} IS NOT NULL"));
            var matches = string.Join(" AND ", key.ChildColumns.Zip(key.ParentColumns, (c, p) => $"p.{p} = c.{c}"));
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM {key.Child} c WHERE {present} AND NOT EXISTS (SELECT 1 FROM {key.Parent} p WHERE {matches})",
                connection);
            Assert.True(0L == (long)(await command.ExecuteScalarAsync())!, $"{key.Name} has dangling rows");
        }
    }

    [Fact]
    public async Task The_bulk_mode_reference_check_covers_every_tenant_reference_the_seed_fills()
    {
        // Large seeds load without foreign-key triggers and rely on ReferenceCheck, so its list must not miss a reference.
        await using var connection = await OpenAsync("postgres");
        var missing = new List<string>();
        var filled = 0;
        foreach (var key in await ForeignKeysAsync())
        {
            if (key.ChildColumns is not ["tenant_id", var column] || key.ParentColumns is not ["tenant_id", "id"])
            {
                continue;
            }

            await using var used = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {key.Child} WHERE {column} IS NOT NULL)", connection);
            if ((bool)(await used.ExecuteScalarAsync())!)
            {
                filled++;
                if (!ReferenceCheck.References.Contains((key.Child, column, key.Parent)))
                {
                    missing.Add($"{key.Child}.{column} -> {key.Parent}");
                }
            }
        }

        Assert.True(filled > 20, $"only {filled} filled references found");
        Assert.Empty(missing);
        foreach (var tenant in DemoTenants.All)
        {
            await ReferenceCheck.VerifyAsync(connection, tenant.Id, CancellationToken.None);
        }
    }

    private async Task<List<(string Name, string Child, string[] ChildColumns, string Parent, string[] ParentColumns)>> ForeignKeysAsync()
    {
        await using var connection = await OpenAsync("postgres");
        await using var command = new NpgsqlCommand(
            """
            SELECT k.conname, child.relname,
                   ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, o)
                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o),
                   parent.relname,
                   ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, o)
                         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o)
            FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid
            JOIN pg_class parent ON parent.oid = k.confrelid
            JOIN pg_namespace ns ON ns.oid = child.relnamespace
            WHERE k.contype = 'f' AND ns.nspname = 'public'
            ORDER BY k.conname
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<(string, string, string[], string, string[])>();
        while (await reader.ReadAsync())
        {
            keys.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetString(3), reader.GetFieldValue<string[]>(4)));
        }

        return keys;
    }
}
