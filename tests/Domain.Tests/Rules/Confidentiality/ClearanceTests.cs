using Platform.Domain.Confidentiality;
using Platform.Domain.Staff;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Confidentiality;

public class ClearanceTests
{
    private static readonly Guid CustomerId = Guid.Parse("10000000-0000-0000-0000-000000000001");
    private static readonly Guid OtherCustomer = Guid.Parse("10000000-0000-0000-0000-000000000002");
    private static readonly Guid AgentId = Guid.Parse("20000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Start = Shanghai(2025, 6, 16, 10, 0);

    private static readonly InteractionClearance Verified = new(AgentId, CustomerId, Start, Start.AddMinutes(1), Start.AddMinutes(12));

    private static ClearanceDecision Decide(DataViewer viewer, ClearanceContext? context = null, DateTimeOffset? now = null, Guid? customer = null) =>
        Clearance.Decide(viewer, customer ?? CustomerId, context ?? ClearanceContext.None, now ?? Start.AddMinutes(5));

    [Fact]
    public void R_PII_03_compliance_officer_sees_full_values()
    {
        Assert.Equal(new ClearanceDecision(ClearanceLevel.Full, ClearanceBasis.ComplianceOfficer), Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.ComplianceOfficer)));
    }

    [Fact]
    public void R_PII_03_complaint_handler_sees_full_values_only_for_customers_of_assigned_complaints()
    {
        var handler = DataViewer.Staff(Guid.NewGuid(), StaffRole.ComplaintHandler);
        Assert.Equal(ClearanceLevel.Full, Decide(handler, new ClearanceContext(HandlesComplaintOfCustomer: true)).Level);
        Assert.Equal(ClearanceLevel.Masked, Decide(handler).Level);
    }

    [Fact]
    public void R_PII_03_agent_sees_full_values_inside_the_verified_interaction_only()
    {
        var agent = DataViewer.Staff(AgentId, StaffRole.Agent);
        var context = new ClearanceContext(Interaction: Verified);
        Assert.Equal(new ClearanceDecision(ClearanceLevel.Full, ClearanceBasis.VerifiedInteraction), Decide(agent, context, Start.AddMinutes(1)));
        // Before verification, after the interaction ended, or for another customer: masked.
        Assert.Equal(ClearanceLevel.Masked, Decide(agent, context, Start.AddSeconds(59)).Level);
        Assert.Equal(ClearanceLevel.Masked, Decide(agent, context, Start.AddMinutes(12)).Level);
        Assert.Equal(ClearanceLevel.Masked, Decide(agent, context, customer: OtherCustomer).Level);
    }

    [Fact]
    public void R_PII_03_agent_without_verification_or_in_someone_elses_interaction_sees_masked_values()
    {
        var agent = DataViewer.Staff(AgentId, StaffRole.Agent);
        Assert.Equal(ClearanceLevel.Masked, Decide(agent, new ClearanceContext(Interaction: Verified with { VerifiedAt = null })).Level);
        var colleague = DataViewer.Staff(Guid.NewGuid(), StaffRole.Agent);
        Assert.Equal(ClearanceLevel.Masked, Decide(colleague, new ClearanceContext(Interaction: Verified)).Level);
        Assert.Equal(ClearanceLevel.Full, Decide(agent, new ClearanceContext(Interaction: Verified with { EndedAt = null }), Start.AddHours(3)).Level);
    }

    [Fact]
    public void R_PII_03_trainer_never_sees_customer_data()
    {
        var trainer = DataViewer.Staff(Guid.NewGuid(), StaffRole.Trainer);
        var decision = Decide(trainer, new ClearanceContext(true, Verified));
        Assert.Equal(new ClearanceDecision(ClearanceLevel.Denied, ClearanceBasis.TrainerExcluded), decision);
        Assert.Null(decision.Reveal(PiiKind.Phone, "13812345678"));
    }

    [Fact]
    public void R_PII_03_other_staff_see_masked_values_and_a_second_role_can_widen()
    {
        Assert.Equal(ClearanceLevel.Masked, Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.Supervisor)).Level);
        Assert.Equal(ClearanceLevel.Masked, Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.QualityInspector, StaffRole.Trainer)).Level);
        Assert.Equal(ClearanceLevel.Full, Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.Trainer, StaffRole.ComplianceOfficer)).Level);
        Assert.Equal(ClearanceLevel.Denied, Decide(DataViewer.Staff(Guid.NewGuid())).Level);
    }

    [Fact]
    public void R_PII_03_customer_sees_own_data_in_full_and_nobody_elses()
    {
        Assert.Equal(new ClearanceDecision(ClearanceLevel.Full, ClearanceBasis.OwnData), Decide(DataViewer.Customer(CustomerId)));
        Assert.Equal(ClearanceLevel.Denied, Decide(DataViewer.Customer(OtherCustomer)).Level);
    }

    [Fact]
    public void R_PII_02_R_PII_03_masked_viewer_gets_masked_values_not_errors()
    {
        var decision = Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.Supervisor));
        Assert.Equal("138****5678", decision.Reveal(PiiKind.Phone, "13812345678"));
        Assert.Equal("1*************1234", decision.Reveal(PiiKind.IdNumber, "110105199001011234"));
        Assert.Equal("13812345678", Decide(DataViewer.Customer(CustomerId)).Reveal(PiiKind.Phone, "13812345678"));
    }

    [Fact]
    public void R_PII_04_full_read_of_a_sensitive_field_requires_a_log_entry()
    {
        var full = Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.ComplianceOfficer));
        Assert.True(full.RequiresAccessLog(PiiKind.IdNumber));
        Assert.True(full.RequiresAccessLog(PiiKind.BankAccount));
        Assert.False(full.RequiresAccessLog(PiiKind.Phone));
        Assert.False(Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.Supervisor)).RequiresAccessLog(PiiKind.IdNumber));
    }

    [Fact]
    public void R_PII_04_access_log_entry_records_who_when_record_field_and_why()
    {
        var tenant = Guid.NewGuid();
        var decision = Decide(DataViewer.Staff(AgentId, StaffRole.Agent), new ClearanceContext(Interaction: Verified));
        var entry = PiiAccessLogEntry.ForFullRead(tenant, AgentId, Start.AddMinutes(5), " Customer ", CustomerId, PiiKind.IdNumber, decision, "interaction 42");

        Assert.Equal(tenant, entry.TenantId);
        Assert.Equal(AgentId, entry.ActorId);
        Assert.Equal(Start.AddMinutes(5), entry.At);
        Assert.Equal("Customer", entry.RecordType);
        Assert.Equal(CustomerId, entry.RecordId);
        Assert.Equal(PiiKind.IdNumber, entry.Field);
        Assert.Equal(ClearanceBasis.VerifiedInteraction, entry.Basis);
        Assert.Equal("interaction 42", entry.Purpose);
    }

    [Fact]
    public void R_PII_04_only_full_reads_with_identified_reader_and_record_are_logged()
    {
        var masked = Decide(DataViewer.Staff(Guid.NewGuid(), StaffRole.Supervisor));
        Assert.Throws<ArgumentException>(() => PiiAccessLogEntry.ForFullRead(Guid.NewGuid(), Guid.NewGuid(), Start, "Customer", CustomerId, PiiKind.IdNumber, masked));
        var full = new ClearanceDecision(ClearanceLevel.Full, ClearanceBasis.ComplianceOfficer);
        Assert.Throws<ArgumentException>(() => PiiAccessLogEntry.ForFullRead(Guid.NewGuid(), Guid.Empty, Start, "Customer", CustomerId, PiiKind.IdNumber, full));
        Assert.Throws<ArgumentException>(() => PiiAccessLogEntry.ForFullRead(Guid.NewGuid(), Guid.NewGuid(), Start, " ", CustomerId, PiiKind.IdNumber, full));
    }
}
