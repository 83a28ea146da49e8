using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Events;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>Subscribes over graphql-transport-ws and reads what arrives, for the subscription tests.</summary>
public static class Subscriber
{
    /// <summary>
    /// Opens a socket to the API at <paramref name="apiUrl"/> (whose services are <paramref name="apiServices"/>),
    /// authenticates and subscribes; returns once that process registered the subscription, so nothing committed
    /// afterwards can be missed.
    /// </summary>
    public static async Task<GraphQLSocket> SubscribeAsync(string apiUrl, IServiceProvider apiServices, string token, Guid tenant, string query)
    {
        var feed = apiServices.GetRequiredService<OutboxFeed>();
        var before = feed.SubscriberCount(tenant);
        var socket = await GraphQLSocket.ConnectAsync(apiUrl);
        await socket.InitAsync(new { authorization = "Bearer " + token });
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack!.Value.GetProperty("type").GetString());
        await socket.SendAsync(new { id = "s1", type = "subscribe", payload = new { query } });
        await Eventually(() => feed.SubscriberCount(tenant) > before, "the subscription was not registered");
        return socket;
    }

    /// <summary>Subscribes through the stack's API process.</summary>
    public static Task<GraphQLSocket> SubscribeAsync(ApiStack stack, string token, Guid tenant, string query) =>
        SubscribeAsync(stack.ApiUrl, stack.ApiServices, token, tenant, query);

    /// <summary>The data of the next <c>next</c> message, failing on anything else or after <paramref name="wait"/>.</summary>
    public static async Task<JsonElement> NextAsync(GraphQLSocket socket, TimeSpan? wait = null)
    {
        var message = await socket.ReceiveAsync(wait ?? TimeSpan.FromSeconds(10));
        Assert.True(message is not null, $"the socket closed ({socket.CloseStatus} {socket.CloseReason})");
        Assert.True(message!.Value.GetProperty("type").GetString() == "next", message.Value.ToString());
        var payload = message.Value.GetProperty("payload");
        Assert.False(payload.TryGetProperty("errors", out _), payload.ToString());
        return payload.GetProperty("data");
    }

    /// <summary>Waits until the condition holds, failing with <paramref name="because"/> after <paramref name="within"/>.</summary>
    public static async Task Eventually(Func<bool> condition, string because, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, because);
            await Task.Delay(20);
        }
    }
}
