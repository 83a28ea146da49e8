using System.Text.Json;
using Npgsql;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;
using Platform.Domain.Training;

namespace Platform.Api.Tests.Training;

/// <summary>Training over HTTP: the compliance view (R-TRN-02..04), certification (R-AGT-01, R-TRN-01), scope and mutations.</summary>
[Collection(ApiCollection.Name)]
public sealed class TrainingComplianceTests(ApiEnvironment environment)
{
    [Fact]
    public async Task The_compliance_view_lists_who_is_short_of_refresher_and_annual_hours_and_by_how_much_R_TRN_02_R_TRN_03_R_TRN_04()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "trn-view", customers: 1, interactionsPerPolicy: 0);
        var courses = await AddCoursesAsync(data);
        // agent1: 6 refresher hours in Q2 (short by 2) + 16 other hours in the year = 22 >= 20; a failed refresher does not count.
        // agent2: 8 refresher hours in Q2, 8 in total (short of 20 by 12).
        await AddRecordsAsync(data,
            (data.Agent1Id, courses[CourseKind.QuarterlyRefresher], new DateOnly(2025, 5, 10), 6m, true),
            (data.Agent1Id, courses[CourseKind.QuarterlyRefresher], new DateOnly(2025, 6, 10), 4m, false),
            (data.Agent1Id, courses[CourseKind.ProductUpdate], new DateOnly(2025, 2, 1), 16m, true),
            (data.Agent2Id, courses[CourseKind.QuarterlyRefresher], new DateOnly(2025, 4, 1), 8m, true));
        var trainer = await data.TokenAsync("trainer", "TRAINER");

        var shortfalls = Tokens.Data(await data.QueryAsync(trainer,
            "{ trainingCompliance(year: 2025, quarter: 2) { year quarter shortfalls { staff { id displayName } requirement period requiredHours completedHours shortByHours } } }"))
            .GetProperty("trainingCompliance").GetProperty("shortfalls").EnumerateArray().ToList();
        JsonElement? Line(Guid staff, string requirement) => shortfalls
            .Where(s => s.GetProperty("staff").GetProperty("id").GetString() == staff.ToString() && s.GetProperty("requirement").GetString() == requirement)
            .Select(s => (JsonElement?)s).SingleOrDefault();

        var agent1Refresher = Line(data.Agent1Id, "QUARTERLY_REFRESHER")!.Value;
        Assert.Equal("2025-Q2", agent1Refresher.GetProperty("period").GetString());
        Assert.Equal(2m, decimal.Parse(agent1Refresher.GetProperty("shortByHours").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(Line(data.Agent1Id, "ANNUAL_HOURS"));
        Assert.Null(Line(data.Agent2Id, "QUARTERLY_REFRESHER"));
        Assert.Equal(12m, decimal.Parse(Line(data.Agent2Id, "ANNUAL_HOURS")!.Value.GetProperty("shortByHours").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        // Non-agents (the supervisor) are only held to the annual hours.
        Assert.Null(Line(data.SupervisorId, "QUARTERLY_REFRESHER"));
        Assert.NotNull(Line(data.SupervisorId, "ANNUAL_HOURS"));

        // A supervisor sees their team (agent1) and themselves only.
        var supervisor = await data.TokenAsync("supervisor", "SUPERVISOR");
        var team = Tokens.Data(await data.QueryAsync(supervisor, "{ trainingCompliance(year: 2025, quarter: 2) { shortfalls { staff { id } } } }"))
            .GetProperty("trainingCompliance").GetProperty("shortfalls").EnumerateArray().Select(s => s.GetProperty("staff").GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { data.Agent1Id.ToString(), data.SupervisorId.ToString() }, team);

        Assert.Contains("BAD_USER_INPUT", Tokens.ErrorCodes(await data.QueryAsync(trainer, "{ trainingCompliance(year: 2025, quarter: 5) { year } }")));
    }

    [Fact]
    public async Task Certification_needs_a_full_onboarding_pass_and_a_passed_latest_assessment_R_AGT_01_R_TRN_01()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "trn-cert", customers: 1, interactionsPerPolicy: 0);
        var courses = await AddCoursesAsync(data);
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        var onboarding = InsurerData.Id("TrainingCourse", courses[CourseKind.Onboarding]);
        async Task<List<string?>> Gaps() =>
            [.. Tokens.Data(await data.QueryAsync(trainer, $$"""{ agentCertification(staffId: "{{data.Agent2Id}}") { mayActAsAgent gaps } }"""))
                .GetProperty("agentCertification").GetProperty("gaps").EnumerateArray().Select(g => g.GetString())];

        Assert.Equal(["ONBOARDING_MISSING", "PSYCHOLOGICAL_ASSESSMENT_MISSING"], await Gaps());

        var partial = Tokens.Data(await data.QueryAsync(trainer, $$"""
            mutation { recordTraining(input: { staffId: "{{data.Agent2Id}}", courseId: "{{onboarding}}", completedOn: "2025-01-05", score: "95", passed: true }) {
              trainingRecord { hours course { kind } staff { displayName } } errors { __typename } } }
            """)).GetProperty("recordTraining");
        Assert.Empty(partial.GetProperty("errors").EnumerateArray());
        Assert.Equal("ONBOARDING", partial.GetProperty("trainingRecord").GetProperty("course").GetProperty("kind").GetString());
        Assert.Equal(["ONBOARDING_NOT_FULL_PASS", "PSYCHOLOGICAL_ASSESSMENT_MISSING"], await Gaps());

        await data.QueryAsync(trainer, $$"""mutation { recordTraining(input: { staffId: "{{data.Agent2Id}}", courseId: "{{onboarding}}", completedOn: "2025-01-20", score: "100", passed: true }) { errors { __typename } } }""");
        var assessed = Tokens.Data(await data.QueryAsync(trainer, $$"""mutation { recordAssessment(input: { staffId: "{{data.Agent2Id}}", assessedOn: "2025-01-21", passed: true }) { assessment { passed } errors { __typename } } }"""));
        Assert.True(assessed.GetProperty("recordAssessment").GetProperty("assessment").GetProperty("passed").GetBoolean());
        Assert.Empty(await Gaps());

        // The latest assessment decides: a later failure withdraws the certification.
        await data.QueryAsync(trainer, $$"""mutation { recordAssessment(input: { staffId: "{{data.Agent2Id}}", assessedOn: "2025-03-01", passed: false }) { errors { __typename } } }""");
        Assert.Equal(["PSYCHOLOGICAL_ASSESSMENT_FAILED"], await Gaps());
    }

    [Fact]
    public async Task Invalid_training_data_is_refused_with_typed_errors_and_only_trainers_record()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "trn-bad", customers: 1, interactionsPerPolicy: 0);
        var courses = await AddCoursesAsync(data);
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        var course = InsurerData.Id("TrainingCourse", courses[CourseKind.Compliance]);

        var bad = Tokens.Data(await data.QueryAsync(trainer, $$"""
            mutation { recordTraining(input: { staffId: "{{data.Agent1Id}}", courseId: "{{course}}", completedOn: "2025-01-05", score: "120", hours: "0", passed: true }) {
              trainingRecord { id } errors { __typename ... on TrainingRecordInvalidError { code field } } } }
            """)).GetProperty("recordTraining");
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("trainingRecord").ValueKind);
        Assert.Equal(["hours", "score"], bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));

        var nobody = Tokens.Data(await data.QueryAsync(trainer, $$"""
            mutation { recordTraining(input: { staffId: "{{Guid.NewGuid()}}", courseId: "{{course}}", completedOn: "2025-01-05", passed: true }) { errors { ... on UserError { code } } } }
            """)).GetProperty("recordTraining");
        Assert.Equal("TRAINING_STAFF_NOT_FOUND", nobody.GetProperty("errors")[0].GetProperty("code").GetString());

        var agent = await data.TokenAsync("agent1", "AGENT");
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await data.QueryAsync(agent, $$"""
            mutation { recordTraining(input: { staffId: "{{data.Agent1Id}}", courseId: "{{course}}", completedOn: "2025-01-05", passed: true }) { errors { __typename } } }
            """)));
    }

    [Fact]
    public async Task Agents_list_their_own_training_records_and_trainers_see_no_customer_data()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "trn-scope", customers: 2, interactionsPerPolicy: 1);
        var courses = await AddCoursesAsync(data);
        await AddRecordsAsync(data,
            (data.Agent1Id, courses[CourseKind.Compliance], new DateOnly(2025, 1, 2), 2m, true),
            (data.Agent2Id, courses[CourseKind.Compliance], new DateOnly(2025, 1, 3), 2m, true));

        var agent = await data.TokenAsync("agent1", "AGENT");
        var own = Tokens.Data(await data.QueryAsync(agent, "{ trainingRecords { totalCount nodes { staff { id } } } }")).GetProperty("trainingRecords");
        Assert.Equal(1, own.GetProperty("totalCount").GetInt32());
        Assert.Equal(data.Agent1Id.ToString(), own.GetProperty("nodes")[0].GetProperty("staff").GetProperty("id").GetString());

        var trainer = await data.TokenAsync("trainer", "TRAINER");
        Assert.Equal(2, Tokens.Data(await data.QueryAsync(trainer, "{ trainingRecords(filter: { kinds: [COMPLIANCE] }) { totalCount } }"))
            .GetProperty("trainingRecords").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, Tokens.Data(await data.QueryAsync(trainer, "{ trainingCourses { totalCount } }")).GetProperty("trainingCourses").GetProperty("totalCount").GetInt32());
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await data.QueryAsync(trainer, "{ customers { totalCount } }")));
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(await data.QueryAsync(trainer, "{ surveys { totalCount } }")));
    }

    private static async Task<Dictionary<CourseKind, Guid>> AddCoursesAsync(InsurerData data)
    {
        await using var source = NpgsqlDataSource.Create(data.Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(data.Tenant);
        var kinds = new[] { CourseKind.Onboarding, CourseKind.QuarterlyRefresher, CourseKind.ProductUpdate, CourseKind.Compliance };
        var courses = kinds.ToDictionary(k => k, _ => Guid.CreateVersion7());
        foreach (var (kind, id) in courses)
        {
            work.Db.TrainingCourses.Add(new TrainingCourse
            {
                TenantId = data.Tenant,
                Id = id,
                Code = kind.ToString(),
                Title = kind + " course",
                Kind = kind,
                Hours = 4m,
                CreatedAt = DateTimeOffset.UtcNow,
            });
        }

        await work.CommitAsync();
        return courses;
    }

    private static async Task AddRecordsAsync(InsurerData data, params (Guid Staff, Guid Course, DateOnly On, decimal Hours, bool Passed)[] records)
    {
        await using var source = NpgsqlDataSource.Create(data.Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(data.Tenant);
        foreach (var r in records)
        {
            work.Db.TrainingRecords.Add(new TrainingRecord
            {
                TenantId = data.Tenant,
                Id = Guid.CreateVersion7(),
                StaffMemberId = r.Staff,
                CourseId = r.Course,
                CompletedOn = r.On,
                Hours = r.Hours,
                Passed = r.Passed,
                CreatedAt = DateTimeOffset.UtcNow,
            });
        }

        await work.CommitAsync();
    }
}
