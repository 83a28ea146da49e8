using System.Buffers.Binary;

namespace Platform.Domain.Seeding;

/// <summary>
/// Derives row ids from (tenant, table, row number) so a generator can refer to another table's row by number
/// without keeping it in memory, and every run produces the same ids.
/// </summary>
public static class StableIds
{
    /// <summary>
    /// A version-8 (custom) UUID: 48 bits of table and row number, then bits drawn from the tenant's stream.
    /// Ids grow with the row number, so a bulk load appends to the primary-key index instead of splitting random pages.
    /// </summary>
    public static Guid For(Guid tenantId, SeedTable table, long index)
    {
        Span<byte> tenant = stackalloc byte[16];
        tenantId.TryWriteBytes(tenant);
        var seed = BitConverter.ToUInt64(tenant) ^ BitConverter.ToUInt64(tenant[8..]);
        var random = new SeedRandom(seed, (ulong)table + 0xA5A5UL, (ulong)index);
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (((ulong)table << 40) | ((ulong)index & 0xFF_FFFF_FFFFUL)) << 16);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], random.NextUInt64());
        bytes[6] = (byte)(0x80 | (bytes[9] & 0x0F));
        bytes[7] = bytes[10];
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
