using System.Buffers.Binary;
using System.Text;

namespace Platform.Domain.Security;

/// <summary>Builds the associated data that binds a ciphertext to its purpose, tenant, record and key version.</summary>
internal static class AeadBinding
{
    /// <summary>Associated data for a tenant data key wrapped by the master key.</summary>
    public static byte[] ForDataKey(Guid tenantId, int version) =>
        Build("platform/tenant-data-key/v1", tenantId, Guid.Empty, version);

    /// <summary>Associated data for recording content sealed by a tenant data key.</summary>
    public static byte[] ForRecording(Guid tenantId, Guid recordingId, int keyVersion) =>
        Build("platform/recording-content/v1", tenantId, recordingId, keyVersion);

    private static byte[] Build(string label, Guid tenantId, Guid recordId, int version)
    {
        var labelBytes = Encoding.ASCII.GetBytes(label);
        var result = new byte[labelBytes.Length + 16 + 16 + 4];
        labelBytes.CopyTo(result, 0);
        var offset = labelBytes.Length;
        tenantId.TryWriteBytes(result.AsSpan(offset, 16), bigEndian: true, out _);
        recordId.TryWriteBytes(result.AsSpan(offset + 16, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteInt32BigEndian(result.AsSpan(offset + 32, 4), version);
        return result;
    }
}
