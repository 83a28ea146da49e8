using Platform.Domain.Recordings;
using Platform.Domain.Staff;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Recordings;

public class RecordingAccessPolicyTests
{
    private static readonly Guid Agent = Guid.Parse("30000000-0000-0000-0000-000000000001");
    private static readonly Guid Supervisor = Guid.Parse("30000000-0000-0000-0000-000000000002");
    private static readonly Guid Handler = Guid.Parse("30000000-0000-0000-0000-000000000003");
    private static readonly Guid Someone = Guid.Parse("30000000-0000-0000-0000-000000000004");
    private static readonly DateTimeOffset Now = Shanghai(2025, 6, 16, 10, 0);
    private static readonly RecordingAccessKind[] Both = [RecordingAccessKind.Play, RecordingAccessKind.Download];

    private static RecordingAccessSubject Recording(RecordingTier tier) => new(Guid.NewGuid(), tier, Agent, Supervisor, Handler);

    private static RecordingViewer Viewer(Guid id, params StaffRole[] roles) => new(id, roles.ToHashSet(), Both.ToHashSet());

    public static TheoryData<RecordingTier, string, bool> Matrix => new()
    {
        { RecordingTier.Standard, "agent-on-call", true },
        { RecordingTier.Standard, "other-agent", false },
        { RecordingTier.Standard, "supervisor-of-agent", true },
        { RecordingTier.Standard, "other-supervisor", false },
        { RecordingTier.Standard, "quality", true },
        { RecordingTier.Standard, "compliance", true },
        { RecordingTier.Standard, "handler", false },
        { RecordingTier.Standard, "trainer", false },
        { RecordingTier.Complaint, "agent-on-call", false },
        { RecordingTier.Complaint, "supervisor-of-agent", false },
        { RecordingTier.Complaint, "handler", true },
        { RecordingTier.Complaint, "other-handler", false },
        { RecordingTier.Complaint, "quality", true },
        { RecordingTier.Complaint, "compliance", true },
        { RecordingTier.Restricted, "agent-on-call", false },
        { RecordingTier.Restricted, "handler", false },
        { RecordingTier.Restricted, "quality", false },
        { RecordingTier.Restricted, "tenant-admin", false },
        { RecordingTier.Restricted, "compliance", true },
    };

    private static RecordingViewer Named(string who) => who switch
    {
        "agent-on-call" => Viewer(Agent, StaffRole.Agent),
        "other-agent" => Viewer(Someone, StaffRole.Agent),
        "supervisor-of-agent" => Viewer(Supervisor, StaffRole.Supervisor),
        "other-supervisor" => Viewer(Someone, StaffRole.Supervisor),
        "quality" => Viewer(Someone, StaffRole.QualityInspector),
        "compliance" => Viewer(Someone, StaffRole.ComplianceOfficer),
        "handler" => Viewer(Handler, StaffRole.ComplaintHandler),
        "other-handler" => Viewer(Someone, StaffRole.ComplaintHandler),
        "tenant-admin" => Viewer(Someone, StaffRole.TenantAdmin),
        "trainer" => Viewer(Someone, StaffRole.Trainer),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void R_REC_03_content_access_by_tier(RecordingTier tier, string who, bool allowed)
    {
        Assert.Equal(allowed, RecordingAccessPolicy.MayAccessContent(Named(who), Recording(tier)));
        var decision = RecordingAccessPolicy.Request(Named(who), Recording(tier), RecordingAccessKind.Play, "QA sampling", Now);
        Assert.Equal(allowed, decision.Granted);
        if (!allowed)
        {
            Assert.Equal(RecordingAccessRefusal.NotAuthorisedForTier, decision.Refusal);
        }
    }

    [Fact]
    public void R_REC_03_tier_follows_hold_health_flag_then_complaint_link()
    {
        Assert.Equal(RecordingTier.Restricted, RecordingTiering.TierFor(true, false, false, true));
        Assert.Equal(RecordingTier.Restricted, RecordingTiering.TierFor(false, true, false, false));
        Assert.Equal(RecordingTier.Restricted, RecordingTiering.TierFor(false, false, true, false));
        Assert.Equal(RecordingTier.Complaint, RecordingTiering.TierFor(false, false, false, true));
        Assert.Equal(RecordingTier.Standard, RecordingTiering.TierFor(false, false, false, false));
    }

    [Fact]
    public void R_REC_03_metadata_is_listed_more_widely_than_content_but_not_to_trainers()
    {
        var restricted = Recording(RecordingTier.Restricted);
        Assert.True(RecordingAccessPolicy.MayListMetadata(Named("quality"), restricted));
        Assert.True(RecordingAccessPolicy.MayListMetadata(Named("agent-on-call"), restricted));
        Assert.True(RecordingAccessPolicy.MayListMetadata(Named("tenant-admin"), restricted));
        Assert.False(RecordingAccessPolicy.MayListMetadata(Named("other-agent"), restricted));
        Assert.False(RecordingAccessPolicy.MayListMetadata(Named("trainer"), Recording(RecordingTier.Standard)));
    }

    [Fact]
    public void R_REC_04_playback_needs_a_stated_purpose_and_the_refusal_is_audited()
    {
        var decision = RecordingAccessPolicy.Request(Named("compliance"), Recording(RecordingTier.Standard), RecordingAccessKind.Play, "  ", Now);
        Assert.False(decision.Granted);
        Assert.Equal(RecordingAccessRefusal.PurposeMissing, decision.Refusal);
        Assert.False(decision.Audit.Granted);
        Assert.Equal(RecordingAccessRefusal.PurposeMissing, decision.Audit.Refusal);
        Assert.Equal(Now, decision.Audit.At);
    }

    [Fact]
    public void R_REC_04_grant_is_audited_with_purpose_and_yields_a_single_recording_link()
    {
        var recording = Recording(RecordingTier.Complaint);
        var decision = RecordingAccessPolicy.Request(Named("handler"), recording, RecordingAccessKind.Play, " Complaint C-17 investigation ", Now);
        Assert.True(decision.Granted);
        Assert.Equal(new RecordingAccessAudit(recording.RecordingId, Handler, RecordingAccessKind.Play, "Complaint C-17 investigation", Now, true, null), decision.Audit);
        var ticket = decision.Ticket!;
        Assert.True(ticket.Admits(recording.RecordingId, RecordingAccessKind.Play, Now.AddMinutes(1)));
        Assert.False(ticket.Admits(Guid.NewGuid(), RecordingAccessKind.Play, Now.AddMinutes(1)));
    }

    [Fact]
    public void R_REC_04_only_compliance_reads_the_access_log()
    {
        Assert.True(RecordingAccessPolicy.MayReadAccessLog(new HashSet<StaffRole> { StaffRole.ComplianceOfficer }));
        Assert.False(RecordingAccessPolicy.MayReadAccessLog(new HashSet<StaffRole> { StaffRole.QualityInspector, StaffRole.TenantAdmin }));
    }

    [Fact]
    public void R_REC_05_play_right_does_not_grant_download()
    {
        var playOnly = new RecordingViewer(Someone, new HashSet<StaffRole> { StaffRole.QualityInspector }, new HashSet<RecordingAccessKind> { RecordingAccessKind.Play });
        var recording = Recording(RecordingTier.Standard);
        var play = RecordingAccessPolicy.Request(playOnly, recording, RecordingAccessKind.Play, "QA", Now);
        var download = RecordingAccessPolicy.Request(playOnly, recording, RecordingAccessKind.Download, "QA", Now);
        Assert.True(play.Granted);
        Assert.False(download.Granted);
        Assert.Equal(RecordingAccessRefusal.RightNotGranted, download.Refusal);
        Assert.Equal(RecordingAccessKind.Download, download.Audit.Kind);
        Assert.False(play.Ticket!.Admits(recording.RecordingId, RecordingAccessKind.Download, Now));
    }

    [Fact]
    public void R_REC_05_link_lives_at_most_5_minutes()
    {
        var recording = Recording(RecordingTier.Standard);
        var asksAnHour = RecordingAccessPolicy.Request(Named("quality"), recording, RecordingAccessKind.Download, "QA", Now, TimeSpan.FromHours(1)).Ticket!;
        Assert.Equal(Now.AddMinutes(5), asksAnHour.ExpiresAt);
        Assert.True(asksAnHour.Admits(recording.RecordingId, RecordingAccessKind.Download, Now.AddMinutes(5).AddTicks(-1)));
        Assert.False(asksAnHour.Admits(recording.RecordingId, RecordingAccessKind.Download, Now.AddMinutes(5)));

        var shorter = RecordingAccessPolicy.Request(Named("quality"), recording, RecordingAccessKind.Play, "QA", Now, TimeSpan.FromSeconds(90)).Ticket!;
        Assert.Equal(Now.AddSeconds(90), shorter.ExpiresAt);
        Assert.False(shorter.Admits(recording.RecordingId, RecordingAccessKind.Play, Now.AddSeconds(-1)));
    }
}
