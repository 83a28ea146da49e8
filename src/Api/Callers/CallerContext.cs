using System.Security.Claims;
using Platform.GraphQL.Execution;

namespace Platform.Api.Callers;

/// <summary>Hands the authenticated principal of an operation (HTTP request or WebSocket connection) to resolvers.</summary>
public static class CallerContext
{
    /// <summary>The key of the principal in the operation's items.</summary>
    public const string ItemKey = "platform.caller";

    /// <summary>The caller of the running operation; anonymous when none was recorded.</summary>
    public static ClaimsPrincipal CallerOf(this IResolveFieldContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is ClaimsPrincipal principal ? principal : new ClaimsPrincipal(new ClaimsIdentity());
}
