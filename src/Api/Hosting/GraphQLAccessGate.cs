using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Platform.GraphQL;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;

namespace Platform.Api.Hosting;

/// <summary>Marks the GraphQL endpoint for <see cref="GraphQLAccessGate"/>.</summary>
public sealed class GraphQLEndpointMetadata;

/// <summary>
/// Applies the default policy (valid token, active tenant) to every GraphQL request except WebSocket upgrades, whose
/// token arrives in <c>connection_init</c>. Refusals are 401 with <c>WWW-Authenticate: Bearer</c> or 403, each with a
/// GraphQL error body (UNAUTHENTICATED / FORBIDDEN). Introspection and the IDE page are behind the same gate.
/// </summary>
public sealed class GraphQLAccessGate(RequestDelegate next)
{
    /// <summary>Runs the gate for one request.</summary>
    public async Task InvokeAsync(HttpContext http, IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<GraphQLEndpointMetadata>() is null || http.WebSockets.IsWebSocketRequest)
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

    private static async Task WriteErrorAsync(HttpContext http, string message, string code)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = ExecutionResultJson.SerializeToUtf8Bytes(ExecutionResult.RequestError(new GraphQLError(message, code: code)));
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
