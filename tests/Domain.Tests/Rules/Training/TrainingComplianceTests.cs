using Platform.Domain.Staff;
using Platform.Domain.Training;

namespace Platform.Domain.Tests.Rules.Training;

public class TrainingComplianceTests
{
    private static readonly Guid AgentA = Guid.Parse("50000000-0000-0000-0000-000000000001");
    private static readonly Guid AgentB = Guid.Parse("50000000-0000-0000-0000-000000000002");
    private static readonly Guid Inspector = Guid.Parse("50000000-0000-0000-0000-000000000003");

    private static TrainingSubject Subject(Guid id, params StaffRole[] roles) => new(id, roles.ToHashSet());

    private static CompletedTraining Refresher(Guid id, int month, int day, decimal hours, bool passed = true) =>
        new(id, CourseKind.QuarterlyRefresher, new DateOnly(2025, month, day), hours, passed);

    private static CompletedTraining Other(Guid id, int month, decimal hours) =>
        new(id, CourseKind.ProductUpdate, new DateOnly(2025, month, 10), hours, true);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(9, 3)]
    [InlineData(10, 4)]
    [InlineData(12, 4)]
    public void R_TRN_02_calendar_quarters(int month, int quarter)
    {
        Assert.Equal(quarter, TrainingCompliance.QuarterOf(new DateOnly(2025, month, 15)));
    }

    [Fact]
    public void R_TRN_02_refresher_hours_count_only_in_their_own_quarter_and_only_when_passed()
    {
        CompletedTraining[] records =
        [
            Refresher(AgentA, 3, 31, 4),   // Q1
            Refresher(AgentA, 4, 1, 5),    // Q2
            Refresher(AgentA, 6, 30, 3),   // Q2
            Refresher(AgentA, 5, 5, 6, passed: false),
            Other(AgentA, 5, 10),          // not a refresher
        ];
        Assert.Equal(8m, TrainingCompliance.RefresherHoursInQuarter(records, AgentA, 2025, 2));
        Assert.Equal(4m, TrainingCompliance.RefresherHoursInQuarter(records, AgentA, 2025, 1));
    }

    [Fact]
    public void R_TRN_02_agent_with_exactly_8_refresher_hours_is_compliant_with_7_5_short_by_half_an_hour()
    {
        CompletedTraining[] records = [Refresher(AgentA, 4, 2, 8), Refresher(AgentB, 4, 2, 7.5m), Other(AgentA, 1, 12), Other(AgentB, 1, 13)];
        var report = TrainingCompliance.Shortfalls([Subject(AgentA, StaffRole.Agent), Subject(AgentB, StaffRole.Agent)], records, 2025, 2);
        var line = Assert.Single(report);
        Assert.Equal(new TrainingShortfall(AgentB, TrainingRequirement.QuarterlyRefresher, "2025-Q2", 8m, 7.5m), line);
        Assert.Equal(0.5m, line.ShortByHours);
    }

    [Fact]
    public void R_TRN_03_everyone_needs_20_hours_a_year_refreshers_included()
    {
        CompletedTraining[] records = [Other(Inspector, 2, 12), Other(Inspector, 11, 7), new(Inspector, CourseKind.Compliance, new DateOnly(2024, 12, 31), 10, true)];
        Assert.Equal(19m, TrainingCompliance.HoursInYear(records, Inspector, 2025));
        var line = Assert.Single(TrainingCompliance.Shortfalls([Subject(Inspector, StaffRole.QualityInspector)], records, 2025, 4));
        Assert.Equal(TrainingRequirement.AnnualHours, line.Requirement);
        Assert.Equal(1m, line.ShortByHours);

        Assert.Empty(TrainingCompliance.Shortfalls([Subject(Inspector, StaffRole.QualityInspector)], [.. records, Other(Inspector, 12, 1)], 2025, 4));
    }

    [Fact]
    public void R_TRN_04_report_lists_each_short_person_and_requirement_and_skips_refreshers_for_non_agents()
    {
        CompletedTraining[] records = [Refresher(AgentA, 7, 1, 2), Refresher(Inspector, 7, 1, 2)];
        var report = TrainingCompliance.Shortfalls(
            [Subject(Inspector, StaffRole.QualityInspector), Subject(AgentA, StaffRole.Agent, StaffRole.Supervisor)], records, 2025, 3);

        Assert.Equal(
            [
                (AgentA, TrainingRequirement.QuarterlyRefresher, 6m),
                (AgentA, TrainingRequirement.AnnualHours, 18m),
                (Inspector, TrainingRequirement.AnnualHours, 18m),
            ],
            report.Select(r => (r.StaffId, r.Requirement, r.ShortByHours)));
    }

    [Fact]
    public void R_TRN_04_person_without_any_training_is_short_by_the_full_amount()
    {
        var report = TrainingCompliance.Shortfalls([Subject(AgentB, StaffRole.Agent)], [], 2025, 1);
        Assert.Equal([8m, 20m], report.Select(r => r.ShortByHours));
    }

    [Fact]
    public void R_TRN_04_quarter_outside_1_to_4_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingCompliance.Shortfalls([], [], 2025, 5));
    }
}
