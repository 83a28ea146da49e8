using Microsoft.Extensions.Options;
using Platform.Identity.Hosting;

namespace Platform.Identity.Keys;

/// <summary>Runs key rotation on a timer so the next key is announced even when no token is requested.</summary>
public sealed partial class SigningKeyRotation(SigningKeyRing ring, IOptions<TokenServiceOptions> options, ILogger<SigningKeyRotation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ring.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRotationFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.Value.SigningKeyCacheDuration, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Signing key rotation failed; will retry.")]
    private static partial void LogRotationFailed(ILogger logger, Exception exception);
}
