using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Complaints.Events;
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

    /// <summary>Subscribes through the first API process, or the one at <paramref name="apiUrl"/>.</summary>
    public Task<GraphQLSocket> SubscribeAsync(string token, Guid tenant, string query, string? apiUrl = null) =>
        apiUrl is null || apiUrl == Stack.ApiUrl
            ? Subscriber.SubscribeAsync(Stack, token, tenant, query)
            : Subscriber.SubscribeAsync(Second.ApiUrl, Second.Services, token, tenant, query);

    /// <summary>The deadline sweep of the first API process.</summary>
    public DeadlineAlertWorker Sweep => Stack.ApiServices.GetRequiredService<DeadlineAlertWorker>();
}

[CollectionDefinition(ComplaintEventsApi.Name)]
public sealed class ComplaintEventsApiCollection : ICollectionFixture<ComplaintEventsApi>;
