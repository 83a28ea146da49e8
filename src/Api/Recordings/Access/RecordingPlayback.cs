using System.Security.Cryptography;
using System.Text;
using Platform.Api.Recordings.Links;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Recordings;

namespace Platform.Api.Recordings.Access;

/// <summary>
/// Handles requests to play or download a recording (R-REC-03/04/05): decides with
/// <see cref="RecordingAccessPolicy"/>, writes every grant and refusal to the access log, records the grant and
/// returns a signed link of at most 5 minutes that only the content endpoint honours.
/// </summary>
public sealed class RecordingPlayback(TenantDatabase database, PlaybackLinkSigner signer, TimeProvider clock)
{
    /// <summary>Path of the content endpoint; the link is its last segment.</summary>
    public static string ContentPath(Guid recordingId, string link) => $"/recordings/{recordingId}/content/{link}";

    /// <summary>Decides the request, logs it and, when granted, records the grant and signs the link (lifetime capped at 5 minutes).</summary>
    public async Task<PlaybackOutcome> RequestAsync(
        RecordingCaller caller, Guid recordingId, RecordingAccessKind kind, string? purpose, TimeSpan? lifetime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.TenantId is not { } tenantId)
        {
            // Platform principals have no tenant and never reach tenant content (R-TEN-02); there is no tenant log to write to.
            return Refused(recordingId, kind, PlaybackRefusal.NotStaff);
        }

        // Milliseconds: the link carries instants at that precision, so what is shown equals what is enforced.
        var now = TruncateToMilliseconds(clock.GetUtcNow());
        var statedPurpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim();
        await using var work = await database.BeginAsync(tenantId, ct);
        var facts = await RecordingSubjects.LoadAsync(work, recordingId, ct);
        var staffId = caller.ActorKind == ActorKind.Staff ? await RecordingSubjects.StaffIdAsync(work, caller.Subject, ct) : null;

        PlaybackOutcome outcome;
        if (facts is null || facts.Purged)
        {
            outcome = Refused(recordingId, kind, PlaybackRefusal.RecordingNotFound);
            Log(work, caller, staffId, kind, recordingId, statedPurpose, outcome.Refusal, now);
        }
        else if (staffId is not { } staff)
        {
            outcome = Refused(recordingId, kind, PlaybackRefusal.NotStaff);
            Log(work, caller, staffId, kind, recordingId, statedPurpose, outcome.Refusal, now);
        }
        else
        {
            var viewer = new RecordingViewer(staff, caller.StaffRoles, RecordingRights.For(caller.StaffRoles));
            var decision = RecordingAccessPolicy.Request(viewer, facts.Subject, kind, statedPurpose, now, lifetime);
            outcome = decision.Ticket is { } ticket
                ? Grant(work, tenantId, ticket)
                : Refused(recordingId, kind, Map(decision.Refusal!.Value)) with { Tier = facts.Subject.Tier };
            Log(work, caller, staffId, kind, recordingId, decision.Audit.Purpose, outcome.Refusal, now);
        }

        await work.CommitAsync(ct);
        return outcome;
    }

    private PlaybackOutcome Grant(TenantUnitOfWork work, Guid tenantId, RecordingAccessTicket ticket)
    {
        var grantId = Guid.CreateVersion7(ticket.IssuedAt);
        var link = signer.Sign(new PlaybackLink(
            tenantId, ticket.RecordingId, grantId, ticket.StaffId, ticket.Kind, ticket.IssuedAt, ticket.ExpiresAt));
        work.Db.RecordingAccessGrants.Add(new RecordingAccessGrant
        {
            TenantId = tenantId,
            Id = grantId,
            RecordingId = ticket.RecordingId,
            StaffMemberId = ticket.StaffId,
            Kind = ticket.Kind,
            Purpose = ticket.Purpose,
            GrantedAt = ticket.IssuedAt,
            ExpiresAt = ticket.ExpiresAt,
            TokenSha256 = TokenHash(link),
        });
        return new PlaybackOutcome(ticket.RecordingId, ticket.Kind, ContentPath(ticket.RecordingId, link), ticket.ExpiresAt, null);
    }

    /// <summary>The digest stored with a grant, so the link itself is never kept.</summary>
    public static byte[] TokenHash(string link) => SHA256.HashData(Encoding.ASCII.GetBytes(link));

    private static void Log(
        TenantUnitOfWork work, RecordingCaller caller, Guid? staffId, RecordingAccessKind kind, Guid recordingId, string? purpose,
        PlaybackRefusal? refusal, DateTimeOffset now) =>
        RecordingAccessLog.Add(
            work,
            caller.ActorKind,
            staffId?.ToString() ?? caller.Subject,
            RecordingAccessLog.RequestAction(kind, refusal is null),
            recordingId,
            purpose,
            refusal is null,
            refusal?.ToString(),
            now);

    private static PlaybackOutcome Refused(Guid recordingId, RecordingAccessKind kind, PlaybackRefusal refusal) =>
        new(recordingId, kind, null, null, refusal);

    private static PlaybackRefusal Map(RecordingAccessRefusal refusal) => refusal switch
    {
        RecordingAccessRefusal.PurposeMissing => PlaybackRefusal.PurposeMissing,
        RecordingAccessRefusal.NotAuthorisedForTier => PlaybackRefusal.NotAuthorisedForTier,
        _ => PlaybackRefusal.RightNotGranted,
    };

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());
}
