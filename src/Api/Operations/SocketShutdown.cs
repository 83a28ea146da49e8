using Platform.Api.WebSockets;

namespace Platform.Api.Operations;

/// <summary>
/// Part of graceful shutdown: as soon as the host starts stopping, every WebSocket is closed with 1001; Kestrel then
/// stops accepting connections and lets in-flight requests (the socket sessions among them) finish within
/// <c>Api:ShutdownTimeout</c>.
/// </summary>
/// <remarks>
/// ApplicationStopping fires before any hosted service stops; Kestrel's own service is registered last and so stops
/// first, and it would otherwise wait the whole timeout for sockets nobody closes.
/// </remarks>
public sealed class SocketShutdown(SocketRegistry sockets, IHostApplicationLifetime lifetime, ILogger<SocketShutdown> log) : IHostedService
{
    private CancellationTokenRegistration _registration;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registration = lifetime.ApplicationStopping.Register(() => _ = CloseAllAsync());
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => _registration.DisposeAsync().AsTask();

    private async Task CloseAllAsync()
    {
        try
        {
            if (sockets.Count > 0)
            {
                log.LogInformation("Shutting down: closing {Count} WebSocket connection(s) with 1001", sockets.Count);
            }

            await sockets.CloseAllAsync();
        }
        catch (Exception exception)
        {
            log.LogWarning(exception, "Closing WebSocket connections at shutdown failed");
        }
    }
}
