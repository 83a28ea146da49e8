using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Complaints.Events;

/// <summary>Proves that no further event arrives on a subscription, so duplicates and stray deliveries fail a test.</summary>
public static class Silence
{
    /// <summary>
    /// Fails when a <c>next</c> message arrives within <paramref name="wait"/>. Reaching the end of the wait cancels the
    /// receive, which aborts the client socket: call this last on a socket.
    /// </summary>
    public static async Task AssertNothingMoreAsync(GraphQLSocket socket, TimeSpan wait)
    {
        var until = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < until)
        {
            System.Text.Json.JsonElement? message;
            try
            {
                message = await socket.ReceiveAsync(until - DateTime.UtcNow);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Assert.True(message is not null, $"the socket closed ({socket.CloseStatus} {socket.CloseReason})");
            // Keep-alive pings are no events; anything else after the expected events is one too many.
            Assert.True(message!.Value.GetProperty("type").GetString() is "ping" or "pong", $"unexpected message: {message}");
        }
    }
}
