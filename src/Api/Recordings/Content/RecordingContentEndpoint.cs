using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Api.Authentication;
using Platform.Api.Recordings.Access;
using Platform.Api.Recordings.Links;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings;
using Platform.Domain.Recordings.Storage;
using Platform.Domain.Security;
using StoredContent = Platform.Domain.Recordings.Storage.RecordingContent;

namespace Platform.Api.Recordings.Content;

/// <summary>
/// Serves decrypted recording content for a valid signed link (R-REC-04, R-REC-05). The link is the credential: it
/// names one recording, one kind and a lifetime of at most 5 minutes. Every use and every refusal of a genuine link
/// goes to the tenant's access log; a forged or malformed link names no trustworthy tenant, so it is only logged
/// by the host. Responses are never cached; only downloads are sent as attachments.
/// </summary>
public static class RecordingContentEndpoint
{
    /// <summary>The route of the endpoint.</summary>
    public const string Route = "/recordings/{recordingId:guid}/content/{link}";

    /// <summary>Maps the endpoint; it needs no bearer token.</summary>
    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, ServeAsync).AllowAnonymous().WithName("RecordingContent");

    private static async Task ServeAsync(
        HttpContext http, Guid recordingId, string link, PlaybackLinkSigner signer, TenantDatabase database,
        IRecordingContentStore contents, ITenantStatusSource tenants, TimeProvider clock, ILoggerFactory loggers)
    {
        var ct = http.RequestAborted;
        NoCaching(http.Response);
        var check = signer.Verify(link);
        if (check.Link is not { } genuine)
        {
            loggers.CreateLogger(typeof(RecordingContentEndpoint)).LogWarning("Refused a recording link that is {Problem}.", check.Problem);
            await RefuseAsync(http, StatusCodes.Status403Forbidden, "LINK_INVALID", "The link is not valid.");
            return;
        }

        var now = clock.GetUtcNow();
        // A link is a credential like a token: a suspended tenant's links stop at once (R-TEN-03).
        var problem = check.Problem ?? (await tenants.IsActiveAsync(genuine.TenantId, ct) ? null : LinkProblem.TenantSuspended);
        var (status, code, message, purpose) = await CheckAsync(database, genuine, problem, recordingId, link, now, ct);
        if (code is not null)
        {
            await RefuseAsync(http, status, code, message!);
            return;
        }

        StoredContent? content;
        try
        {
            content = await contents.LoadAsync(genuine.TenantId, genuine.RecordingId, ct);
        }
        catch (ContentRefusedException refused)
        {
            await LogAsync(database, genuine, served: false, $"ContentRefused:{refused.Reason}", null, now, ct);
            await RefuseAsync(http, StatusCodes.Status500InternalServerError, "RECORDING_UNREADABLE", "The recording content failed its integrity check.");
            return;
        }

        if (content is null)
        {
            await LogAsync(database, genuine, served: false, "NoContent", null, now, ct);
            await RefuseAsync(http, StatusCodes.Status404NotFound, "RECORDING_UNAVAILABLE", "The recording has no content.");
            return;
        }

        // The use is logged before a single byte leaves.
        await LogAsync(database, genuine, served: true, null, purpose, now, ct);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = content.ContentType;
        response.ContentLength = content.Data.Length;
        response.Headers["X-Content-Type-Options"] = "nosniff";
        if (genuine.Kind == RecordingAccessKind.Download)
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"recording-{genuine.RecordingId}{Extension(content.ContentType)}\"";
        }

        await response.Body.WriteAsync(content.Data, ct);
    }

    // Returns (status, code, message, null) of a refusal, already logged, or a null code and the grant's purpose when the
    // link may be served.
    private static async Task<(int Status, string? Code, string? Message, string? Purpose)> CheckAsync(
        TenantDatabase database, PlaybackLink link, LinkProblem? problem, Guid requestedRecording, string text, DateTimeOffset now, CancellationToken ct)
    {
        await using var work = await database.BeginAsync(link.TenantId, ct);
        (int, string?, string?) refusal =
            problem == LinkProblem.Expired ? (StatusCodes.Status403Forbidden, "LINK_EXPIRED", "The link has expired; request playback again.")
            : problem == LinkProblem.TenantSuspended ? (StatusCodes.Status403Forbidden, "TENANT_SUSPENDED", "The tenant is suspended.")
            : problem is not null ? (StatusCodes.Status403Forbidden, "LINK_INVALID", "The link is not valid.")
            : requestedRecording != link.RecordingId ? (StatusCodes.Status403Forbidden, "LINK_WRONG_RECORDING", "The link is for another recording.")
            : (0, null, null);
        string? detail = refusal.Item2 switch
        {
            "LINK_EXPIRED" => "Expired",
            "TENANT_SUSPENDED" => "TenantSuspended",
            "LINK_INVALID" => problem.ToString(),
            "LINK_WRONG_RECORDING" => $"PresentedFor:{requestedRecording}",
            _ => null,
        };

        string? purpose = null;
        if (refusal.Item2 is null)
        {
            var grant = await work.Db.RecordingAccessGrants.FindAsync([link.TenantId, link.GrantId], ct);
            if (grant is null || !CryptographicOperations.FixedTimeEquals(grant.TokenSha256, RecordingPlayback.TokenHash(text))
                || grant.RecordingId != link.RecordingId || grant.Kind != link.Kind)
            {
                refusal = (StatusCodes.Status403Forbidden, "LINK_REVOKED", "The link's grant no longer exists.");
                detail = "GrantMissing";
            }
            else if (await PurgedAsync(work, link.RecordingId, ct))
            {
                refusal = (StatusCodes.Status404NotFound, "RECORDING_UNAVAILABLE", "The recording has been purged.");
                detail = "Purged";
            }
            else
            {
                grant.UsedAt ??= now;
                purpose = grant.Purpose;
            }
        }

        if (refusal.Item2 is not null)
        {
            Add(work, link, served: false, detail, now);
        }

        await work.CommitAsync(ct);
        return (refusal.Item1, refusal.Item2, refusal.Item3, purpose);
    }

    private static async Task<bool> PurgedAsync(TenantUnitOfWork work, Guid recordingId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT purged_at IS NOT NULL FROM recordings WHERE tenant_id = $1 AND id = $2", work.Connection, work.Transaction);
        command.Parameters.AddWithValue(work.TenantId);
        command.Parameters.AddWithValue(recordingId);
        return await command.ExecuteScalarAsync(ct) is not false;
    }

    private static async Task LogAsync(
        TenantDatabase database, PlaybackLink link, bool served, string? detail, string? purpose, DateTimeOffset now, CancellationToken ct)
    {
        await using var work = await database.BeginAsync(link.TenantId, ct);
        Add(work, link, served, detail, now, purpose);
        await work.CommitAsync(ct);
    }

    private static void Add(TenantUnitOfWork work, PlaybackLink link, bool served, string? detail, DateTimeOffset now, string? purpose = null) =>
        RecordingAccessLog.Add(
            work, ActorKind.Staff, link.StaffId.ToString(), RecordingAccessLog.LinkAction(link.Kind, served), link.RecordingId,
            purpose, granted: served, detail is null ? $"Grant:{link.GrantId}" : $"Grant:{link.GrantId};{detail}", now);

    private static void NoCaching(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store, no-cache, max-age=0, private";
        response.Headers.Pragma = "no-cache";
        response.Headers.Expires = "0";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = new { code, message } }, http.RequestAborted);
    }

    private static string Extension(string contentType) => contentType switch
    {
        "audio/wav" or "audio/x-wav" or "audio/wave" => ".wav",
        "audio/mpeg" => ".mp3",
        "audio/ogg" => ".ogg",
        "audio/mp4" => ".m4a",
        _ => "",
    };
}
