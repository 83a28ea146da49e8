using System.Buffers.Text;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.Api.Relay;

/// <summary>Opaque connection cursors: base64url of the order's name, the sort key and the row id.</summary>
public static class Cursor
{
    /// <summary>Error code of a cursor that is malformed or belongs to another order.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    private const char Separator = '\u001f';

    internal static string Encode(string order, string key, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(order + Separator + key + Separator + id.ToString("N")));

    internal static (string Key, Guid Id) Decode(string cursor, string order)
    {
        var (key, text) = DecodeText(cursor, order);
        return Guid.TryParseExact(text, "N", out var id) ? (key, id) : throw Invalid(cursor);
    }

    /// <summary>A cursor of a list whose rows are not identified by a uuid (e.g. service clients by client id).</summary>
    internal static string EncodeText(string order, string key, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(order + Separator + key + Separator + id));

    /// <summary>The sort key and text id of a cursor of <paramref name="order"/>.</summary>
    /// <exception cref="GraphQLException">INVALID_CURSOR when malformed or of another order.</exception>
    internal static (string Key, string Id) DecodeText(string cursor, string order)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            if (parts.Length == 3 && parts[0] == order && parts[2].Length > 0)
            {
                return (parts[1], parts[2]);
            }
        }
        catch (FormatException)
        {
            // Reported below.
        }

        throw Invalid(cursor);
    }

    internal static GraphQLException Invalid(string cursor) =>
        new($"\"{(cursor.Length > 80 ? cursor[..80] + "…" : cursor)}\" is not a cursor of this list and order.", InvalidCursor);
}
