using Platform.Domain.Complaints;
using Platform.Domain.Confidentiality;
using Platform.Domain.Staff;

namespace Platform.Domain.Tests.Rules.Complaints;

public sealed class ComplaintEventAudienceTests
{
    private static readonly Guid Customer = Guid.NewGuid();
    private static readonly Guid Handler = Guid.NewGuid();
    private static readonly Guid Agent = Guid.NewGuid();
    private static readonly ComplaintEventFacts Assigned = new(Customer, Handler, Agent);
    private static readonly ComplaintEventFacts Unassigned = new(Customer, null, null);

    [Fact]
    public void A_customer_receives_changes_of_their_own_complaints_only_R_PII_03()
    {
        Assert.True(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Customer(Customer), Assigned));
        Assert.False(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Customer(Guid.NewGuid()), Assigned));
    }

    [Fact]
    public void A_handler_receives_changes_of_complaints_assigned_to_them_R_CMP_01()
    {
        Assert.True(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Staff(Handler, StaffRole.ComplaintHandler), Assigned));
        Assert.False(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Staff(Guid.NewGuid(), StaffRole.ComplaintHandler), Assigned));
        Assert.False(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Staff(Handler, StaffRole.ComplaintHandler), Unassigned));
    }

    [Theory]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.QualityInspector)]
    [InlineData(StaffRole.ComplianceOfficer)]
    public void Oversight_roles_receive_every_change_R_CMP_01(StaffRole role) =>
        Assert.True(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Staff(Guid.NewGuid(), role), Unassigned));

    [Fact]
    public void An_agent_receives_changes_of_complaints_from_their_calls_and_trainers_nothing_R_PII_03()
    {
        Assert.True(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Staff(Agent, StaffRole.Agent), Assigned));
        Assert.False(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Staff(Guid.NewGuid(), StaffRole.Agent), Assigned));
        Assert.False(ComplaintEventAudience.ReceivesStatusChange(DataViewer.Staff(Agent, StaffRole.Trainer, StaffRole.TenantAdmin), Assigned));
    }

    [Fact]
    public void Harassment_complaints_go_to_quality_inspection_not_to_handlers_R_CALL_08()
    {
        Assert.True(ComplaintEventAudience.ReceivesAlert(DataViewer.Staff(Guid.NewGuid(), StaffRole.QualityInspector), ComplaintAlertKind.HarassmentRouted, Unassigned));
        Assert.False(ComplaintEventAudience.ReceivesAlert(DataViewer.Staff(Handler, StaffRole.ComplaintHandler), ComplaintAlertKind.HarassmentRouted, Assigned));
    }

    [Theory]
    [InlineData(ComplaintAlertKind.GreenChannel)]
    [InlineData(ComplaintAlertKind.CallEscalated)]
    public void Green_channel_and_escalations_reach_every_complaint_handler_R_CMP_03_R_CALL_04(ComplaintAlertKind kind) =>
        Assert.True(ComplaintEventAudience.ReceivesAlert(DataViewer.Staff(Guid.NewGuid(), StaffRole.ComplaintHandler), kind, Assigned));

    [Fact]
    public void A_passed_deadline_reaches_the_assigned_handler_or_every_handler_while_unassigned_R_CMP_02()
    {
        var other = DataViewer.Staff(Guid.NewGuid(), StaffRole.ComplaintHandler);
        Assert.True(ComplaintEventAudience.ReceivesAlert(DataViewer.Staff(Handler, StaffRole.ComplaintHandler), ComplaintAlertKind.DeadlinePassed, Assigned));
        Assert.False(ComplaintEventAudience.ReceivesAlert(other, ComplaintAlertKind.DeadlinePassed, Assigned));
        Assert.True(ComplaintEventAudience.ReceivesAlert(other, ComplaintAlertKind.DeadlinePassed, Unassigned));
    }

    [Fact]
    public void Customers_and_agents_receive_no_alerts_R_TEN_01()
    {
        foreach (var kind in Enum.GetValues<ComplaintAlertKind>())
        {
            Assert.False(ComplaintEventAudience.ReceivesAlert(DataViewer.Customer(Customer), kind, Assigned));
            Assert.False(ComplaintEventAudience.ReceivesAlert(DataViewer.Staff(Agent, StaffRole.Agent), kind, Assigned));
        }
    }
}
