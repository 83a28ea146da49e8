using Npgsql;
using NpgsqlTypes;

namespace Platform.Domain.Seeding;

/// <summary>Typed, null-aware column writes for one row of a binary COPY.</summary>
internal readonly struct CopyRow(NpgsqlBinaryImporter importer)
{
    public CopyRow Uuid(Guid value)
    {
        importer.Write(value, NpgsqlDbType.Uuid);
        return this;
    }

    public CopyRow Uuid(Guid? value) => value is { } v ? Uuid(v) : Null();

    public CopyRow Text(string? value)
    {
        if (value is null)
        {
            return Null();
        }

        importer.Write(value, NpgsqlDbType.Text);
        return this;
    }

    public CopyRow Enum<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => Text(EnumText<TEnum>.Of(value));

    public CopyRow Enum<TEnum>(TEnum? value)
        where TEnum : struct, System.Enum => value is { } v ? Enum(v) : Null();

    public CopyRow Instant(DateTime value)
    {
        importer.Write(value, NpgsqlDbType.TimestampTz);
        return this;
    }

    public CopyRow Instant(DateTime? value) => value is { } v ? Instant(v) : Null();

    public CopyRow Date(DateOnly value)
    {
        importer.Write(value, NpgsqlDbType.Date);
        return this;
    }

    public CopyRow Int(int value)
    {
        importer.Write(value, NpgsqlDbType.Integer);
        return this;
    }

    public CopyRow Int(int? value) => value is { } v ? Int(v) : Null();

    public CopyRow Long(long value)
    {
        importer.Write(value, NpgsqlDbType.Bigint);
        return this;
    }

    public CopyRow Short(short value)
    {
        importer.Write(value, NpgsqlDbType.Smallint);
        return this;
    }

    public CopyRow Short(short? value) => value is { } v ? Short(v) : Null();

    public CopyRow Bool(bool value)
    {
        importer.Write(value, NpgsqlDbType.Boolean);
        return this;
    }

    public CopyRow Money(decimal value)
    {
        importer.Write(value, NpgsqlDbType.Numeric);
        return this;
    }

    public CopyRow Money(decimal? value) => value is { } v ? Money(v) : Null();

    private CopyRow Null()
    {
        importer.WriteNull();
        return this;
    }

    /// <summary>Enum member names as stored in the database, computed once per enum type.</summary>
    private static class EnumText<TEnum>
        where TEnum : struct, System.Enum
    {
        private static readonly Dictionary<TEnum, string> Names = System.Enum.GetValues<TEnum>().ToDictionary(v => v, v => v.ToString());

        public static string Of(TEnum value) => Names[value];
    }
}
