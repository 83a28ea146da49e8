using System.Security.Claims;

namespace Platform.Api.WebSockets;

/// <summary>The caller a WebSocket connection runs as, and until when its token holds.</summary>
/// <param name="Principal">The principal built from the validated token, the same shape HTTP requests get.</param>
/// <param name="ValidUntil">The token's <c>exp</c> plus the allowed clock skew: the instant HTTP would start refusing it.</param>
public sealed record SocketCaller(ClaimsPrincipal Principal, DateTimeOffset ValidUntil);
