using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Events;

using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Complaints.Events;

/// <summary>The same subscription over server-sent events, as an internal tool with curl would use it (R-CMP-01).</summary>
[Collection(ComplaintEventsApi.Name)]
public sealed class ComplaintEventStreamTests(ComplaintEventsApi events)
{
    [Fact]
    public async Task A_status_change_streams_as_a_next_event_over_sse_R_CMP_01()
    {
        var api = events.Complaints;
        var world = await api.WorldAsync("sse");
        var handler = await api.StaffTokenAsync(world, world.HandlerId, "COMPLAINT_HANDLER");
        var supervisor = await api.StaffTokenAsync(world, world.SupervisorId, "SUPERVISOR");
        var feed = events.Stack.ApiServices.GetRequiredService<OutboxFeed>();
        var before = feed.SubscriberCount(world.TenantId);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query = "subscription { complaintStatusChanged { complaintId toStatus } }" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", supervisor);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await events.Stack.Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        await Subscriber.Eventually(() => feed.SubscriberCount(world.TenantId) > before, "the stream was not registered");

        var flow = new ComplaintFlow(api, world, handler);
        await flow.FileAsync();

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        string? kind = null;
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && kind == "next")
            {
                var change = JsonDocument.Parse(line["data: ".Length..]).RootElement.GetProperty("data").GetProperty("complaintStatusChanged");
                Assert.Equal(flow.ComplaintId, change.GetProperty("complaintId").GetString());
                Assert.Equal("RECEIVED", change.GetProperty("toStatus").GetString());
                return;
            }
        }

        Assert.Fail("the stream ended without a next event");
    }
}
