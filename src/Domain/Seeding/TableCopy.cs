using Npgsql;

namespace Platform.Domain.Seeding;

/// <summary>Streams rows into one table with binary COPY; rows are written as they are generated, never collected.</summary>
internal static class TableCopy
{
    public static long Run<TRow>(
        NpgsqlConnection connection, string table, string columns, IEnumerable<TRow> rows, Action<CopyRow, TRow> write, CancellationToken ct)
    {
        using var importer = connection.BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
        long count = 0;
        foreach (var row in rows)
        {
            if ((count & 0x3FFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            importer.StartRow();
            write(new CopyRow(importer), row);
            count++;
        }

        importer.Complete();
        return count;
    }
}
