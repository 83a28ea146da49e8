using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Platform.GraphQL;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Server.Http;
using Platform.GraphQL.Server.Ide;

namespace Platform.Api.Hosting;

/// <summary>Marks the GraphQL endpoint for <see cref="GraphQLAccessGate"/>.</summary>
public sealed class GraphQLEndpointMetadata;

/// <summary>
/// Applies the default policy (valid token, active tenant) to every GraphQL request except WebSocket upgrades, whose
/// token arrives in <c>connection_init</c>. Refusals are 401 with <c>WWW-Authenticate: Bearer</c> or 403, each with a
/// GraphQL error body (UNAUTHENTICATED / FORBIDDEN). Introspection is behind the same gate; the IDE page and its static
/// files are not, because a browser cannot send a bearer token when it opens a page, and they hold no data: the IDE
/// sends the token (from its headers editor) with every operation, which the gate then checks.
/// </summary>
public sealed class GraphQLAccessGate(RequestDelegate next)
{
    /// <summary>Runs the gate for one request.</summary>
    public async Task InvokeAsync(HttpContext http, IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is null || http.WebSockets.IsWebSocketRequest
            || IsIdeResource(http.Request))
        {
            await next(http);
            return;
        }

        var policy = await policies.GetDefaultPolicyAsync();
        var authentication = await evaluator.AuthenticateAsync(policy, http);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, http, resource: http);
        if (authorization.Succeeded)
        {
            await next(http);
            return;
        }

        if (authorization.Challenged)
        {
            await http.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            await WriteErrorAsync(http, "A valid bearer access token is required.", "UNAUTHENTICATED");
        }
        else
        {
            await http.ForbidAsync(JwtBearerDefaults.AuthenticationScheme);
            await WriteErrorAsync(http, "The caller's tenant is not active, or the token does not allow this request.", "FORBIDDEN");
        }
    }

    // A GET the server answers with the IDE page (it never executes anything for an HTML Accept) or one of its files.
    // With the IDE switched off the server would treat the same GET as a query, so then nothing passes ungated.
    private static bool IsIdeResource(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.HttpContext.RequestServices.GetRequiredService<Platform.GraphQL.Server.GraphQLServer>().Options.EnableIde
        && (AcceptNegotiation.Negotiate(request.Headers.Accept, allowHtml: true) == ResponseMediaType.Html
            || request.Path.Value?.Contains("/" + IdeAssets.Segment + "/", StringComparison.Ordinal) == true);

    private static async Task WriteErrorAsync(HttpContext http, string message, string code)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = ExecutionResultJson.SerializeToUtf8Bytes(ExecutionResult.RequestError(new GraphQLError(message, code: code)));
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
