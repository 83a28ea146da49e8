using Npgsql;
using Platform.Api.Operations;

namespace Platform.Api.Events;

/// <summary>
/// Keeps a dedicated connection LISTENing on <c>domain_events</c> (the outbox trigger notifies on commit with
/// "tenant:sequence") and signals the tenant's feed. When the connection breaks (a database restart) it reconnects
/// with a growing pause and then has every feed read what it missed; a quiet period also triggers that read, in case a
/// notification was lost. Reported to <c>/health/ready</c> as <c>event-listener</c>.
/// </summary>
public sealed class OutboxListener(OutboxFeed feed, OutboxListenerSettings settings, ILogger<OutboxListener> log) : BackgroundService, IReadinessCheck
{
    /// <summary>The channel the outbox trigger notifies.</summary>
    public const string Channel = "domain_events";

    private volatile bool _listening;

    /// <inheritdoc/>
    public string Name => "event-listener";

    /// <summary>True while the LISTEN connection is up.</summary>
    public bool Listening => _listening;

    /// <inheritdoc/>
    public Task<string?> ProblemAsync(CancellationToken ct) => Task.FromResult(_listening ? null : "event listener not connected");

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = settings.MinReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(settings.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening = true;
                pause = settings.MinReconnectDelay;
                log.LogInformation("Listening for outbox events");
                // Whatever was committed while nobody listened is read now.
                feed.SignalAll();
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(settings.SafetyPollInterval, stoppingToken))
                    {
                        feed.SignalAll();
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                _listening = false;
                log.LogWarning("Outbox listener lost its connection ({Reason}); reconnecting in {Pause}", exception.GetType().Name, pause);
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, settings.MaxReconnectDelay.Ticks));
            }
        }

        _listening = false;
    }

    private void OnNotification(string payload)
    {
        var separator = payload.IndexOf(':', StringComparison.Ordinal);
        if (separator > 0 && Guid.TryParse(payload.AsSpan(0, separator), out var tenantId))
        {
            feed.Signal(tenantId);
        }
    }
}

/// <summary>Settings of the outbox listener (<c>Api:Events:*</c>).</summary>
/// <param name="ConnectionString">The platform_app connection; the listener opens its own unpooled connection.</param>
/// <param name="MinReconnectDelay">First pause after a lost connection.</param>
/// <param name="MaxReconnectDelay">Longest pause between reconnect attempts.</param>
/// <param name="SafetyPollInterval">Quiet time after which feeds read the outbox anyway.</param>
public sealed record OutboxListenerSettings(string ConnectionString, TimeSpan MinReconnectDelay, TimeSpan MaxReconnectDelay, TimeSpan SafetyPollInterval);
