using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Api.Authentication;
using Platform.GraphQL.Server.WebSockets;

namespace Platform.Api.WebSockets;

/// <summary>
/// Withdraws an accepted WebSocket connection when its token expires or its tenant is suspended (R-TEN-03): the socket is
/// closed with 4403 Forbidden and reason <see cref="TokenExpired"/> or <see cref="TenantSuspended"/>, which cancels
/// every running operation.
/// </summary>
public sealed class SocketWatch(
    SocketAuthenticator authenticator, SocketRegistry sockets, TimeProvider clock, IOptions<PlatformAuthenticationOptions> options, ILogger<SocketWatch> log)
{
    /// <summary>Close reason when the access token expired.</summary>
    public const string TokenExpired = "Token expired";

    /// <summary>Close reason when the caller's tenant was suspended.</summary>
    public const string TenantSuspended = "Tenant suspended";

    /// <summary>Starts watching (and tracks the connection for shutdown); the watch ends with the connection.</summary>
    public void Start(IGraphQLSocketConnection connection, SocketCaller caller)
    {
        sockets.Add(connection);
        _ = WatchAsync(connection, caller);
    }

    /// <summary>How long a socket outlives a database that cannot say whether its tenant is still active.</summary>
    public static readonly TimeSpan StatusOutageGrace = TimeSpan.FromSeconds(30);

    private async Task WatchAsync(IGraphQLSocketConnection connection, SocketCaller caller)
    {
        // The tenant is re-checked as often as the status cache refreshes, so a suspension bites as fast as on HTTP.
        var interval = options.Value.TenantStatusCacheDuration > TimeSpan.Zero ? options.Value.TenantStatusCacheDuration : TimeSpan.FromSeconds(2);
        var closed = connection.Closed;
        var verified = clock.GetUtcNow();
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var remaining = caller.ValidUntil - clock.GetUtcNow();
                if (remaining <= TimeSpan.Zero)
                {
                    await connection.CloseAsync(CloseCodes.Forbidden, TokenExpired);
                    return;
                }

                await Task.Delay(remaining < interval ? remaining : interval, clock, closed);
                bool active;
                try
                {
                    active = await authenticator.IsTenantActiveAsync(caller.Principal, closed);
                }
                catch (Exception exception) when ((exception is NpgsqlException or TimeoutException) && clock.GetUtcNow() - verified < StatusOutageGrace)
                {
                    // A database restart: nothing of the tenant's can be read meanwhile either, so the socket may wait
                    // for it a little; beyond the grace the watch fails closed below.
                    log.LogWarning("Tenant status unavailable for a WebSocket watch ({Reason}); checking again", exception.GetType().Name);
                    continue;
                }

                if (!active)
                {
                    await connection.CloseAsync(CloseCodes.Forbidden, TenantSuspended);
                    return;
                }

                verified = clock.GetUtcNow();
            }
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
            // The connection ended first.
        }
        catch (Exception exception)
        {
            // Fail closed: a watch that cannot check the tenant must not leave the socket open.
            log.LogError(exception, "WebSocket watch failed; closing the connection");
            await connection.CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
    }
}
