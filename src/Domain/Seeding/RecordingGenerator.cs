using Platform.Domain.Policies;
using Platform.Domain.Recordings;

namespace Platform.Domain.Seeding;

/// <summary>One generated recording (metadata only; content lives in recording_contents).</summary>
public sealed record RecordingRow(
    Guid TenantId, Guid Id, Guid InteractionId, Guid? ComplaintId, DateTime? LinkedAt, DateTime StartedAt, int DurationSeconds,
    RecordingTier Tier, bool ContainsHealthInformation, bool Flagged, DateOnly RetentionUntil, bool LegalHold,
    string? LegalHoldReason, long SizeBytes);

/// <summary>
/// One recording per answered call: tier COMPLAINT when a complaint links the call (retention 5 years from linking),
/// RESTRICTED for legal hold, health information or flags, otherwise STANDARD with 3 years (R-REC-02, R-REC-03).
/// </summary>
public sealed class RecordingGenerator(TenantWorld world, InteractionGenerator interactions, ComplaintGenerator complaints, PolicyGenerator policies)
{
    /// <summary>Bytes per second of 8 kHz 16-bit mono audio.</summary>
    public const int BytesPerSecond = 16_000;

    /// <summary>Recordings in interaction order (interaction i's recording has the id of row i).</summary>
    public IEnumerable<RecordingRow> All()
    {
        for (var i = 0; i < world.Scale.Interactions; i++)
        {
            var interaction = interactions.Generate(i);
            if (interaction.IsAnsweredCall)
            {
                yield return Generate(i, interaction);
            }
        }
    }

    /// <summary>The recording of interaction i (which must be an answered call).</summary>
    public RecordingRow Generate(int i, InteractionRow interaction)
    {
        var random = world.Random(SeedTable.Recording, i);
        var started = interaction.AnsweredAt!.Value;
        var duration = (int)(interaction.EndedAt!.Value - started).TotalSeconds;
        var complaint = complaints.ComplaintOf(i);
        DateTime? linkedAt = complaint is { } k ? complaints.Generate(k).ReceivedAt : null;
        var health = interaction.PolicyId is not null && random.Chance(0.25)
            && policies.Generate(PolicyIndexOf(interaction)).ProductLine == ProductLine.Health;
        var legalHold = random.Chance(0.003);
        var flagged = random.Chance(0.005);
        var tier = legalHold || health || flagged ? RecordingTier.Restricted
            : complaint is not null ? RecordingTier.Complaint
            : RecordingTier.Standard;
        var retention = linkedAt is { } l
            ? SeedClock.LocalDate(l).AddYears(5)
            : SeedClock.LocalDate(started).AddYears(3);
        return new RecordingRow(
            world.Tenant.Id, world.Id(SeedTable.Recording, i), interaction.Id,
            complaint is { } c ? world.Id(SeedTable.Complaint, c) : null, linkedAt, started, duration, tier, health, flagged,
            retention, legalHold, legalHold ? "监管调查取证，暂停销毁" : null, (long)duration * BytesPerSecond);
    }

    private int PolicyIndexOf(InteractionRow interaction)
    {
        // The policy id is derived from its index; re-derive the index from the customer's holdings.
        for (var k = 0; k < world.PolicyCountOf(interaction.CustomerIndex); k++)
        {
            var p = world.PolicyOf(interaction.CustomerIndex, k);
            if (world.Id(SeedTable.Policy, p) == interaction.PolicyId)
            {
                return p;
            }
        }

        return 0;
    }
}
