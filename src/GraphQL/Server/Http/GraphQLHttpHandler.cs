using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Server.Ide;
using Platform.GraphQL.Server.Limits;
using Platform.GraphQL.Server.Sse;
using Platform.GraphQL.Server.WebSockets;

namespace Platform.GraphQL.Server.Http;

/// <summary>The endpoint's request delegate: GraphQL over HTTP (GET, POST), SSE, WebSocket upgrade and the IDE page.</summary>
public sealed class GraphQLHttpHandler(GraphQLServer server)
{
    private readonly OperationAdmission _admission = new(server.Options.MaxConcurrentRequests, server.Options.MaxQueuedRequests);

    private GraphQLServerOptions Options => server.Options;

    /// <summary>Handles one HTTP request to the endpoint.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            if (http.WebSockets.IsWebSocketRequest)
            {
                await new GraphQLWebSocketSession(server, http).RunAsync().ConfigureAwait(false);
                return;
            }

            if (HttpMethods.IsGet(http.Request.Method))
            {
                await HandleGetAsync(http).ConfigureAwait(false);
            }
            else if (HttpMethods.IsPost(http.Request.Method))
            {
                await HandlePostAsync(http).ConfigureAwait(false);
            }
            else
            {
                http.Response.Headers.Allow = Options.EnableGet ? "GET, POST" : "POST";
                await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json,
                    $"The {http.Request.Method} method is not supported; use POST (or GET for queries).", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            var correlationId = GraphQLServer.NewCorrelationId();
            server.ErrorLog.LogError(exception, "GraphQL request failed; correlation id {CorrelationId}", correlationId);
            http.Response.Clear();
            await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, ResponseMediaType.Json, "Unexpected error.",
                ErrorCodes.InternalServerError, correlationId).ConfigureAwait(false);
        }
    }

    private async Task HandleGetAsync(HttpContext http)
    {
        var media = AcceptNegotiation.Negotiate(http.Request.Headers.Accept, allowHtml: Options.EnableIde);
        if (media == ResponseMediaType.Html)
        {
            http.Response.ContentType = AcceptNegotiation.ContentType(ResponseMediaType.Html);
            http.Response.Headers.CacheControl = "no-cache";
            var page = IdeAssets.IsInstalled(Options.IdeAssetsDirectory)
                ? GraphiQLPage.Render(http.Request.PathBase + http.Request.Path)
                : IdePage.Html;
            await http.Response.WriteAsync(page, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (!Options.EnableGet)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, "Use POST.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        if (media == ResponseMediaType.None)
        {
            await WriteNotAcceptableAsync(http).ConfigureAwait(false);
            return;
        }

        GraphQLRequest request;
        try
        {
            request = GraphQLRequestReader.FromQueryString(http.Request.Query);
        }
        catch (GraphQLRequestException bad)
        {
            await WriteErrorAsync(http, bad.StatusCode, media, bad.Message, bad.Code).ConfigureAwait(false);
            return;
        }

        await RunAndWriteAsync(http, request, media, readOnly: true).ConfigureAwait(false);
    }

    private async Task HandlePostAsync(HttpContext http)
    {
        if (!IsJsonContent(http.Request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, ResponseMediaType.Json,
                "POST requests must have Content-Type: application/json (UTF-8).", "UNSUPPORTED_MEDIA_TYPE").ConfigureAwait(false);
            return;
        }

        var media = AcceptNegotiation.Negotiate(http.Request.Headers.Accept, allowEventStream: Options.EnableSse);
        if (media == ResponseMediaType.None)
        {
            await WriteNotAcceptableAsync(http).ConfigureAwait(false);
            return;
        }

        var errorMedia = media == ResponseMediaType.EventStream ? ResponseMediaType.Json : media;
        using var body = await ReadBodyAsync(http, errorMedia).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        GraphQLRequest request;
        try
        {
            request = GraphQLRequestReader.FromJson(body.RootElement);
        }
        catch (GraphQLRequestException bad)
        {
            await WriteErrorAsync(http, bad.StatusCode, errorMedia, bad.Message, bad.Code).ConfigureAwait(false);
            return;
        }

        if (media == ResponseMediaType.EventStream)
        {
            await new SseResponder(server).RespondAsync(http, request).ConfigureAwait(false);
            return;
        }

        await RunAndWriteAsync(http, request, media, readOnly: false).ConfigureAwait(false);
    }

    private async Task RunAndWriteAsync(HttpContext http, GraphQLRequest request, ResponseMediaType media, bool readOnly)
    {
        // The turn lasts until the response is written: hosts commit their unit of work as the response starts.
        using var turn = await _admission.EnterAsync(http.RequestAborted).ConfigureAwait(false);
        if (turn is null)
        {
            http.Response.Headers.RetryAfter = "1";
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, media,
                "The server is at capacity; retry shortly.", LimitCodes.ServerBusy).ConfigureAwait(false);
            return;
        }

        var context = new OperationContext { Transport = "http" };
        var outcome = await server.RunAsync(request, http, context, readOnly, allowStream: false, http.RequestAborted).ConfigureAwait(false);
        if (outcome.MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, media,
                $"A {outcome.Operation!.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        var result = outcome.Result!;
        await WriteResultAsync(http, StatusFor(result, media), media, result).ConfigureAwait(false);
    }

    /// <summary>The status code of a GraphQL response: 200 for application/json; for graphql-response+json, 4xx/5xx without data.</summary>
    public static int StatusFor(ExecutionResult result, ResponseMediaType media)
    {
        if (media != ResponseMediaType.GraphQLResponseJson || result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == ErrorCodes.InternalServerError)
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private async Task<JsonDocument?> ReadBodyAsync(HttpContext http, ResponseMediaType media)
    {
        var limit = Options.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            await WriteTooLargeAsync(http, media, limit).ConfigureAwait(false);
            return null;
        }

        var reader = http.Request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                await WriteTooLargeAsync(http, media, limit).ConfigureAwait(false);
                return null;
            }

            if (!read.IsCompleted)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            try
            {
                if (buffer.IsEmpty)
                {
                    await WriteErrorAsync(http, StatusCodes.Status400BadRequest, media, "The request body is empty.", ErrorCodes.BadRequest).ConfigureAwait(false);
                    return null;
                }

                // A document parsed from a sequence points into it, and the pipe's memory goes to the next request once
                // advanced past: the bytes are copied, or a request could run with another's variables.
                return JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, media, "The request body is not valid JSON.", ErrorCodes.BadRequest).ConfigureAwait(false);
                return null;
            }
            finally
            {
                reader.AdvanceTo(buffer.End);
            }
        }
    }

    private static Task WriteTooLargeAsync(HttpContext http, ResponseMediaType media, long limit) =>
        WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, media, $"The request body is larger than {limit} bytes.",
            LimitCodes.RequestTooLarge);

    private static Task WriteNotAcceptableAsync(HttpContext http) =>
        WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json,
            "The Accept header allows no media type this endpoint produces (application/graphql-response+json, application/json).", "NOT_ACCEPTABLE");

    private static bool IsJsonContent(string? contentType)
    {
        if (contentType is "application/json" or "application/json; charset=utf-8")
        {
            return true;
        }

        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var charset = parsed.Charset.Value;
        return parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Writes a result straight into the response body.</summary>
    public static async Task WriteResultAsync(HttpContext http, int status, ResponseMediaType media, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = AcceptNegotiation.ContentType(media);
        ExecutionResultJson.Write(http.Response.BodyWriter, result);
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext http, int status, ResponseMediaType media, string message, string code, string? correlationId = null)
    {
        var extensions = correlationId is null ? null : new Dictionary<string, object?> { ["correlationId"] = correlationId };
        return WriteResultAsync(http, status, media, ExecutionResult.RequestError(new GraphQLError(message, code: code, extensions: extensions)));
    }
}
