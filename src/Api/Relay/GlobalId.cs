using System.Buffers.Text;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.Api.Relay;

/// <summary>
/// Opaque global object ids: base64url of <c>TypeName:uuid</c>. Clients must not parse them; the API decodes them
/// for <c>node(id:)</c> and for id arguments.
/// </summary>
public static class GlobalId
{
    /// <summary>Error code of an id that is not a global id (or not of the expected type).</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>Encodes a type name and a tenant-local id.</summary>
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString("N")));

    /// <summary>Decodes an id; false when it is malformed.</summary>
    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 200)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(globalId);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>Decodes an id that must name <paramref name="expectedType"/>; a BAD_USER_INPUT-style error otherwise.</summary>
    /// <exception cref="GraphQLException">INVALID_ID when malformed or of another type.</exception>
    public static Guid Parse(string? globalId, string expectedType)
    {
        if (TryDecode(globalId, out var type, out var id) && type == expectedType)
        {
            return id;
        }

        throw new GraphQLException($"\"{globalId}\" is not a valid {expectedType} id.", InvalidId);
    }
}
