using Platform.Domain.Recordings;

namespace Platform.Domain.Tests.Rules.Recordings;

public class RecordingRetentionTests
{
    [Fact]
    public void R_REC_02_kept_at_least_3_years_then_purgeable()
    {
        var until = RecordingRetention.InitialRetainUntil(new DateOnly(2025, 6, 16));
        Assert.Equal(new DateOnly(2028, 6, 16), until);
        Assert.Equal(RetentionRefusal.RetentionNotExpired, RecordingRetention.DecideDeletion(until, false, new DateOnly(2028, 6, 16)).Refusal);
        Assert.True(RecordingRetention.DecideDeletion(until, false, new DateOnly(2028, 6, 17)).Allowed);
    }

    [Fact]
    public void R_REC_02_recording_from_29_February_is_kept_a_full_3_years()
    {
        var until = RecordingRetention.InitialRetainUntil(new DateOnly(2024, 2, 29));
        Assert.Equal(new DateOnly(2027, 2, 28), until);
        Assert.False(RecordingRetention.DecideDeletion(until, false, new DateOnly(2027, 2, 28)).Allowed);
    }

    [Fact]
    public void R_REC_02_linking_to_a_complaint_keeps_5_years_from_the_link()
    {
        var until = RecordingRetention.InitialRetainUntil(new DateOnly(2025, 1, 10));
        Assert.Equal(new DateOnly(2031, 3, 1), RecordingRetention.OnLinkedToComplaint(until, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void R_REC_06_linking_never_shortens_a_longer_retention()
    {
        var raised = new DateOnly(2040, 1, 1);
        Assert.Equal(raised, RecordingRetention.OnLinkedToComplaint(raised, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void R_REC_06_retention_can_be_raised_but_never_lowered()
    {
        var current = new DateOnly(2030, 5, 1);
        var lower = RecordingRetention.ChangeRetainUntil(current, current.AddDays(-1));
        Assert.False(lower.Allowed);
        Assert.Equal(RetentionRefusal.WouldLowerRetention, lower.Refusal);
        Assert.Equal(current, lower.RetainUntil);

        var higher = RecordingRetention.ChangeRetainUntil(current, current.AddYears(2));
        Assert.True(higher.Allowed);
        Assert.Equal(current.AddYears(2), higher.RetainUntil);
        Assert.True(RecordingRetention.ChangeRetainUntil(current, current).Allowed);
    }

    [Fact]
    public void R_REC_02_R_REC_06_legal_hold_beats_every_purge_even_after_retention()
    {
        var until = new DateOnly(2028, 6, 16);
        var decision = RecordingRetention.DecideDeletion(until, legalHold: true, new DateOnly(2035, 1, 1));
        Assert.False(decision.Allowed);
        Assert.Equal(RetentionRefusal.LegalHold, decision.Refusal);
    }

    [Fact]
    public void R_REC_02_early_deletion_is_refused()
    {
        var decision = RecordingRetention.DecideDeletion(new DateOnly(2028, 6, 16), false, new DateOnly(2025, 7, 1));
        Assert.False(decision.Allowed);
        Assert.Equal(RetentionRefusal.RetentionNotExpired, decision.Refusal);
    }
}
