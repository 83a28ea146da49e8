using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Server.Http;

namespace Platform.GraphQL.Server.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, distinct-connections mode: one POST per operation, answered with
/// <c>event: next</c> per result and a final <c>event: complete</c>. Request errors are a plain 400 JSON response.
/// </summary>
public sealed class SseResponder(GraphQLServer server)
{
    private static readonly byte[] NextPrefix = Encoding.UTF8.GetBytes("event: next\ndata: ");
    private static readonly byte[] EventEnd = Encoding.UTF8.GetBytes("\n\n");
    private static readonly byte[] Complete = Encoding.UTF8.GetBytes("event: complete\ndata: \n\n");

    /// <summary>Runs the request and streams its results until the source ends or the client disconnects.</summary>
    public async Task RespondAsync(HttpContext http, GraphQLRequest request)
    {
        var context = new OperationContext { Transport = "sse" };
        var aborted = http.RequestAborted;
        var outcome = await server.RunAsync(request, http, context, readOnly: false, allowStream: true, aborted).ConfigureAwait(false);
        if (outcome.Result is { HasData: false } failure)
        {
            await GraphQLHttpHandler.WriteResultAsync(http, StatusCodes.Status400BadRequest, ResponseMediaType.Json, failure).ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = AcceptNegotiation.ContentType(ResponseMediaType.EventStream);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await http.Response.StartAsync(aborted).ConfigureAwait(false);
        // Kestrel keeps started headers in its output pipe until a flush; a subscription may not produce its first event
        // for a long time, and the client should know at once that it is subscribed.
        await http.Response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);

        if (outcome.Stream is { } stream)
        {
            try
            {
                await foreach (var result in stream.WithCancellation(aborted).ConfigureAwait(false))
                {
                    await WriteNextAsync(http, result, aborted).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (!aborted.IsCancellationRequested && exception is not OperationCanceledException)
            {
                // The source stream failed mid-way: the headers are sent, so the client learns it from a masked event.
                var correlationId = GraphQLServer.NewCorrelationId();
                server.ErrorLog.LogError(exception, "GraphQL SSE subscription failed; correlation id {CorrelationId}", correlationId);
                var error = new GraphQLError("Unexpected error.", code: ErrorCodes.InternalServerError,
                    extensions: new Dictionary<string, object?> { ["correlationId"] = correlationId });
                await WriteNextAsync(http, new ExecutionResult { Errors = [error] }, aborted).ConfigureAwait(false);
            }
        }
        else
        {
            await WriteNextAsync(http, outcome.Result!, aborted).ConfigureAwait(false);
        }

        await http.Response.BodyWriter.WriteAsync(Complete, aborted).ConfigureAwait(false);
        await http.Response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
    }

    private static async Task WriteNextAsync(HttpContext http, ExecutionResult result, CancellationToken aborted)
    {
        var body = http.Response.BodyWriter;
        body.Write(NextPrefix);
        ExecutionResultJson.Write(body, result);
        body.Write(EventEnd);
        await body.FlushAsync(aborted).ConfigureAwait(false);
    }
}
