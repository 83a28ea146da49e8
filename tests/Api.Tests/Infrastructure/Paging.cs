using System.Text.Json;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>
/// Reads a whole connection page by page with its cursors, forward (<c>first/after</c>) or backward
/// (<c>last/before</c>), checking on the way what every page must say about itself.
/// </summary>
public static class Paging
{
    /// <summary>The selection every walked connection asks for, besides the nodes.</summary>
    public const string PageInfo = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }";

    /// <summary>
    /// All nodes of a connection in reading order. <paramref name="query"/> gets the paging arguments (e.g.
    /// <c>first: 2, after: "…"</c>) and returns the document; <paramref name="connection"/> finds the connection in
    /// the response data, whose selection must include <see cref="PageInfo"/> and <c>nodes</c>.
    /// </summary>
    public static async Task<List<JsonElement>> WalkAsync(
        Func<string, Task<JsonElement>> data, Func<string, string> query, Func<JsonElement, JsonElement> connection, int size, bool backward)
    {
        var nodes = new List<JsonElement>();
        string? cursor = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var args = backward
                ? $"last: {size}" + (cursor is null ? "" : $", before: \"{cursor}\"")
                : $"first: {size}" + (cursor is null ? "" : $", after: \"{cursor}\"");
            var page = connection(await data(query(args)));
            var info = page.GetProperty("pageInfo");
            var found = page.GetProperty("nodes").EnumerateArray().ToList();
            var edges = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();
            Assert.InRange(found.Count, 0, size);
            Assert.Equal(found.Count, edges.Count);
            if (found.Count > 0)
            {
                Assert.Equal(edges[0], info.GetProperty("startCursor").GetString());
                Assert.Equal(edges[^1], info.GetProperty("endCursor").GetString());
            }

            // A page after (before) a cursor always has something before (after) it.
            if (cursor is not null)
            {
                Assert.True(info.GetProperty(backward ? "hasNextPage" : "hasPreviousPage").GetBoolean(), page.ToString());
            }

            var more = info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean();
            if (more)
            {
                Assert.Equal(size, found.Count);
            }

            if (backward)
            {
                nodes.InsertRange(0, found);
                cursor = info.GetProperty("startCursor").GetString();
            }
            else
            {
                nodes.AddRange(found);
                cursor = info.GetProperty("endCursor").GetString();
            }

            if (!more)
            {
                return nodes;
            }
        }

        throw new InvalidOperationException("The connection did not end after 1000 pages.");
    }

    /// <summary>Walks forward and backward and asserts both read the same nodes; returns them.</summary>
    public static async Task<List<string>> BothWaysAsync(
        Func<string, Task<JsonElement>> data, Func<string, string> query, Func<JsonElement, JsonElement> connection, int size, Func<JsonElement, string> key)
    {
        var forward = (await WalkAsync(data, query, connection, size, backward: false)).Select(key).ToList();
        var backward = (await WalkAsync(data, query, connection, size, backward: true)).Select(key).ToList();
        Assert.Equal(forward, backward);
        Assert.Equal(forward.Count, forward.Distinct().Count());
        return forward;
    }

    /// <summary>The end cursor of the first page of size 1 (a cursor of that list and order).</summary>
    public static async Task<string> FirstCursorAsync(Func<string, Task<JsonElement>> data, Func<string, string> query, Func<JsonElement, JsonElement> connection) =>
        connection(await data(query("first: 1"))).GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
}
