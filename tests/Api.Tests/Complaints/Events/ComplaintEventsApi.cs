using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Complaints.Events;
using Platform.Api.Events;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Complaints.Events;

/// <summary>
/// The complaint stack of <see cref="ComplaintsApi"/> (own cluster, manual complaint clock) plus a second API process
/// on the same database, for the subscription tests; they share it one class after another.
/// </summary>
public sealed class ComplaintEventsApi : IAsyncLifetime
{
    public const string Name = "complaint-events-api";

    public ComplaintsApi Complaints { get; } = new();

    /// <summary>Another API instance on the same database, as behind a load balancer.</summary>
    public ExtraApi Second { get; private set; } = null!;

    public ApiStack Stack => Complaints.Stack;

    public async Task InitializeAsync()
    {
        await Complaints.InitializeAsync();
        Second = await Stack.StartAnotherApiAsync();
    }

    public async Task DisposeAsync()
    {
        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        await Complaints.DisposeAsync();
    }

    /// <summary>Opens a socket to the API at <paramref name="apiUrl"/>, authenticates and subscribes; returns once this process registered it.</summary>
    public async Task<GraphQLSocket> SubscribeAsync(string token, Guid tenant, string query, string? apiUrl = null)
    {
        var services = apiUrl is null || apiUrl == Stack.ApiUrl ? Stack.ApiServices : Second.Services;
        var feed = services.GetRequiredService<OutboxFeed>();
        var before = feed.SubscriberCount(tenant);
        var socket = await GraphQLSocket.ConnectAsync(apiUrl ?? Stack.ApiUrl);
        await socket.InitAsync(new { authorization = "Bearer " + token });
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack!.Value.GetProperty("type").GetString());
        await socket.SendAsync(new { id = "s1", type = "subscribe", payload = new { query } });
        await Eventually(() => feed.SubscriberCount(tenant) > before, "the subscription was not registered");
        return socket;
    }

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

    /// <summary>The deadline sweep of the first API process.</summary>
    public DeadlineAlertWorker Sweep => Stack.ApiServices.GetRequiredService<DeadlineAlertWorker>();

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

[CollectionDefinition(ComplaintEventsApi.Name)]
public sealed class ComplaintEventsApiCollection : ICollectionFixture<ComplaintEventsApi>;
