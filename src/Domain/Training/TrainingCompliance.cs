using Platform.Domain.Staff;

namespace Platform.Domain.Training;

/// <summary>Hours of one completed training, as counted for compliance (R-TRN-02, R-TRN-03).</summary>
/// <param name="StaffId">Who trained.</param>
/// <param name="Kind">The course kind.</param>
/// <param name="CompletedOn">The (tenant-local) completion date, which decides the quarter and year.</param>
/// <param name="Hours">Hours credited.</param>
/// <param name="Passed">Only passed (completed) trainings count.</param>
public sealed record CompletedTraining(Guid StaffId, CourseKind Kind, DateOnly CompletedOn, decimal Hours, bool Passed);

/// <summary>A staff member to check, with their roles.</summary>
public sealed record TrainingSubject(Guid StaffId, IReadOnlySet<StaffRole> Roles);

/// <summary>Which requirement is not met.</summary>
public enum TrainingRequirement
{
    /// <summary>R-TRN-02: 8 refresher hours per calendar quarter, agents only.</summary>
    QuarterlyRefresher,

    /// <summary>R-TRN-03: 20 training hours per calendar year, every staff member.</summary>
    AnnualHours,
}

/// <summary>One line of the R-TRN-04 compliance view: who is short of which requirement, by how many hours.</summary>
public sealed record TrainingShortfall(Guid StaffId, TrainingRequirement Requirement, string Period, decimal RequiredHours, decimal CompletedHours)
{
    /// <summary>Hours still missing.</summary>
    public decimal ShortByHours => RequiredHours - CompletedHours;
}

/// <summary>
/// R-TRN-02 / R-TRN-03 / R-TRN-04: each agent completes at least 8 hours of refresher training per calendar
/// quarter; each staff member at least 20 training hours per calendar year; the shortfall report lists who is
/// short of either and by how many hours. Only passed trainings count.
/// </summary>
public static class TrainingCompliance
{
    /// <summary>Refresher hours required per quarter from each agent.</summary>
    public const decimal QuarterlyRefresherHours = 8m;

    /// <summary>Training hours required per year from each staff member.</summary>
    public const decimal AnnualHours = 20m;

    /// <summary>The calendar quarter (1-4) of a date.</summary>
    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    /// <summary>Refresher hours the staff member completed in the given quarter.</summary>
    public static decimal RefresherHoursInQuarter(IEnumerable<CompletedTraining> trainings, Guid staffId, int year, int quarter) =>
        Counted(trainings, staffId)
            .Where(t => t.Kind == CourseKind.QuarterlyRefresher && t.CompletedOn.Year == year && QuarterOf(t.CompletedOn) == quarter)
            .Sum(t => t.Hours);

    /// <summary>All training hours the staff member completed in the given year.</summary>
    public static decimal HoursInYear(IEnumerable<CompletedTraining> trainings, Guid staffId, int year) =>
        Counted(trainings, staffId).Where(t => t.CompletedOn.Year == year).Sum(t => t.Hours);

    /// <summary>
    /// The R-TRN-04 shortfall report for a quarter and its year: agents short of 8 refresher hours in the quarter,
    /// and everyone short of 20 hours in the year, ordered by staff id then requirement.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Quarter not 1-4.</exception>
    public static IReadOnlyList<TrainingShortfall> Shortfalls(IEnumerable<TrainingSubject> staff, IEnumerable<CompletedTraining> trainings, int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var all = trainings.ToList();
        var report = new List<TrainingShortfall>();
        foreach (var member in staff.OrderBy(s => s.StaffId))
        {
            if (member.Roles.Contains(StaffRole.Agent))
            {
                var refresher = RefresherHoursInQuarter(all, member.StaffId, year, quarter);
                if (refresher < QuarterlyRefresherHours)
                {
                    report.Add(new(member.StaffId, TrainingRequirement.QuarterlyRefresher, $"{year}-Q{quarter}", QuarterlyRefresherHours, refresher));
                }
            }

            var annual = HoursInYear(all, member.StaffId, year);
            if (annual < AnnualHours)
            {
                report.Add(new(member.StaffId, TrainingRequirement.AnnualHours, $"{year}", AnnualHours, annual));
            }
        }

        return report;
    }

    private static IEnumerable<CompletedTraining> Counted(IEnumerable<CompletedTraining> trainings, Guid staffId) =>
        trainings.Where(t => t.StaffId == staffId && t.Passed && t.Hours > 0);
}
