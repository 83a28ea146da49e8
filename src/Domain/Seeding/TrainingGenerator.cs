using Platform.Domain.Staff;
using Platform.Domain.Training;

namespace Platform.Domain.Seeding;

/// <summary>One training course.</summary>
public sealed record CourseRow(Guid TenantId, Guid Id, string Code, string Title, CourseKind Kind, decimal Hours, DateTime CreatedAt);

/// <summary>One completed training by one staff member.</summary>
public sealed record TrainingRecordRow(
    Guid TenantId, Guid Id, Guid StaffMemberId, Guid CourseId, DateOnly CompletedOn, decimal Hours, decimal Score, bool Passed, DateTime CreatedAt);

/// <summary>One psychological assessment.</summary>
public sealed record AssessmentRow(
    Guid TenantId, Guid Id, Guid StaffMemberId, DateOnly AssessedOn, bool Passed, decimal Score, string Assessor, string? Notes);

/// <summary>
/// Generates the course catalogue and each staff member's onboarding (full pass for certified agents, R-TRN-01),
/// quarterly refreshers (some agents short of 8 hours, R-TRN-02), other courses and a psychological assessment.
/// </summary>
public sealed class TrainingGenerator(TenantWorld world)
{
    private static readonly (string Code, string Title, CourseKind Kind, decimal Hours)[] Catalogue =
    [
        ("ONB-01", "新员工入职培训（坐席岗前）", CourseKind.Onboarding, 16m),
        ("REF-01", "季度复训：服务规范与话术", CourseKind.QuarterlyRefresher, 4m),
        ("REF-02", "季度复训：投诉处理与情绪管理", CourseKind.QuarterlyRefresher, 4m),
        ("PRD-01", "新产品知识：医疗险升级版", CourseKind.ProductUpdate, 3m),
        ("PRD-02", "新产品知识：车险综合改革", CourseKind.ProductUpdate, 3m),
        ("CMP-01", "合规培训：个人信息保护", CourseKind.Compliance, 2m),
        ("CMP-02", "合规培训：反洗钱与销售行为管理", CourseKind.Compliance, 2m),
        ("COM-01", "沟通技巧：倾听与共情", CourseKind.CommunicationSkills, 3m),
        ("CPL-01", "投诉处理实务", CourseKind.ComplaintHandling, 6m),
    ];

    private static readonly int FirstQuarter = 2025 * 4;
    private static readonly int LastQuarter = (2026 * 4) + 3; // 2026 Q3 is the last full quarter before the seed date

    /// <summary>The course catalogue.</summary>
    public IEnumerable<CourseRow> Courses() => Catalogue.Select((c, n) => new CourseRow(
        world.Tenant.Id, world.Id(SeedTable.Course, n), c.Code, c.Title, c.Kind, c.Hours, SeedClock.Utc(new DateOnly(2018, 1, 2), 9 * 3600)));

    /// <summary>Training records of every staff member.</summary>
    public IEnumerable<TrainingRecordRow> Records()
    {
        for (var s = 0; s < world.Roster.Total; s++)
        {
            var random = world.Random(SeedTable.TrainingRecord, s);
            var staffId = world.Id(SeedTable.Staff, s);
            var n = 0;
            var hired = StaffGenerator.HiredOn(world, s);
            var takesCalls = world.Roster.Roles(s).Contains(StaffRole.Agent);
            var certified = world.Roster.IsCertifiedAgent(s);

            // Onboarding: a full pass (100%) certifies; uncertified agents failed it or have not finished yet.
            if (!takesCalls || certified || random.Chance(0.5))
            {
                var score = takesCalls && !certified ? random.Between(60, 95) : 100;
                yield return Record(s, n++, staffId, 0, hired.AddDays(random.Between(3, 20)), score, score == 100);
            }

            for (var quarter = FirstQuarter; quarter <= LastQuarter; quarter++)
            {
                var quarterStart = new DateOnly(quarter / 4, ((quarter % 4) * 3) + 1, 1);
                if (quarterStart < hired)
                {
                    continue;
                }

                // Most agents take both refreshers (8 h); about one in ten takes one only and falls short (R-TRN-04 shows it).
                var courses = takesCalls && random.Chance(0.9) ? 2 : 1;
                for (var r = 0; r < courses; r++)
                {
                    var score = random.Between(70, 100);
                    yield return Record(s, n++, staffId, 1 + r, quarterStart.AddDays(random.Between(5, 80)), score, score >= 80);
                }
            }

            for (var extra = 3; extra < Catalogue.Length; extra++)
            {
                if (random.Chance(0.55))
                {
                    var score = random.Between(65, 100);
                    yield return Record(s, n++, staffId, extra, SeedClock.FirstDay.AddDays(random.Next(SeedClock.Days)), score, score >= 70);
                }
            }
        }
    }

    /// <summary>One psychological assessment per staff member; uncertified agents failed theirs or lack a pass.</summary>
    public IEnumerable<AssessmentRow> Assessments()
    {
        for (var s = 0; s < world.Roster.Total; s++)
        {
            var random = world.Random(SeedTable.Assessment, s);
            var passed = !world.Roster.Roles(s).Contains(StaffRole.Agent) || world.Roster.IsCertifiedAgent(s);
            yield return new AssessmentRow(
                world.Tenant.Id, world.Id(SeedTable.Assessment, s), world.Id(SeedTable.Staff, s),
                StaffGenerator.HiredOn(world, s).AddDays(random.Between(1, 10)), passed,
                passed ? random.Between(70, 98) : random.Between(35, 59),
                random.Pick(["李心怡（心理咨询师）", "周明（EAP顾问）"]),
                passed ? null : "情绪稳定性评估未达标，建议复评");
        }
    }

    private TrainingRecordRow Record(int staff, int n, Guid staffId, int course, DateOnly on, int score, bool passed) =>
        new(world.Tenant.Id, world.Id(SeedTable.TrainingRecord, (staff * 64L) + n), staffId, world.Id(SeedTable.Course, course),
            on, Catalogue[course].Hours, score, passed, SeedClock.Utc(on, 18 * 3600));

}
