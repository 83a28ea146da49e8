using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;
using Platform.Domain.Entities;
using Platform.Domain.Training;

namespace Platform.Api.Tests.Training;

/// <summary>Orders and the new filters of the course, training record and assessment lists, over keyset pages.</summary>
[Collection(ApiCollection.Name)]
public sealed class TrainingListTests(ApiEnvironment environment)
{
    [Fact]
    public async Task Courses_order_by_code_title_or_creation_both_ways_and_filter_by_code_prefix()
    {
        var (data, courses, _, _) = await SeedAsync("trn-courses");
        var token = await data.TokenAsync("agent2", "AGENT");
        async Task<List<string>> Walk(string args) => await Paging.BothWaysAsync(
            q => Data(data, token, q), paging => $"{{ trainingCourses({paging}{args}) {{ nodes {{ code }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("trainingCourses"), size: 2, key: n => n.GetProperty("code").GetString()!);
        var byCode = courses.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => c.Code).ToList();
        var byTitle = courses.OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Id).Select(c => c.Code).ToList();
        var byCreation = courses.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => c.Code).ToList();
        Assert.NotEqual(byCode, byTitle);
        Assert.NotEqual(byCode, byCreation);

        Assert.Equal(byCode, await Walk(""));
        Assert.Equal(Enumerable.Reverse(byCode), await Walk(", orderBy: { field: CODE, direction: DESC }"));
        Assert.Equal(byTitle, await Walk(", orderBy: { field: TITLE }"));
        Assert.Equal(Enumerable.Reverse(byTitle), await Walk(", orderBy: { field: TITLE, direction: DESC }"));
        Assert.Equal(byCreation, await Walk(", orderBy: { field: CREATED_AT }"));
        Assert.Equal(Enumerable.Reverse(byCreation), await Walk(", orderBy: { field: CREATED_AT, direction: DESC }"));
        Assert.Equal(byCode.Where(c => c.StartsWith("CMP-", StringComparison.Ordinal)), await Walk(", filter: { codePrefix: \"CMP-\" }"));
        Assert.Equal(
            courses.Where(c => c.Code.StartsWith("CMP-", StringComparison.Ordinal) && c.Kind == CourseKind.Compliance).OrderByDescending(c => c.Title, StringComparer.Ordinal).ThenByDescending(c => c.Id).Select(c => c.Code),
            await Walk(", filter: { codePrefix: \"CMP-\", kinds: [COMPLIANCE] }, orderBy: { field: TITLE, direction: DESC }"));

        var title = await Paging.FirstCursorAsync(q => Data(data, token, q),
            paging => $"{{ trainingCourses({paging}, orderBy: {{ field: TITLE }}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("trainingCourses"));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ trainingCourses(after: \"{title}\") {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(token, $"{{ trainingCourses(after: \"{title}\", orderBy: {{ field: TITLE, direction: DESC }}) {{ totalCount }} }}")));
    }

    [Fact]
    public async Task Training_records_order_by_completion_both_ways_within_the_callers_scope()
    {
        var (data, _, records, _) = await SeedAsync("trn-records");
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        var agent = await data.TokenAsync("agent1", "AGENT");
        async Task<List<string>> Walk(string token, string args) => await Paging.BothWaysAsync(
            q => Data(data, token, q), paging => $"{{ trainingRecords({paging}{args}) {{ nodes {{ id }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("trainingRecords"), size: 3, key: n => n.GetProperty("id").GetString()!);
        List<string> Oldest(Func<TrainingRecord, bool> which) =>
            [.. records.Where(which).OrderBy(r => r.CompletedOn).ThenBy(r => r.Id).Select(r => InsurerData.Id("TrainingRecord", r.Id))];

        Assert.Equal(Oldest(_ => true), await Walk(trainer, ", orderBy: { field: COMPLETED_ON, direction: ASC }"));
        Assert.Equal(Enumerable.Reverse(Oldest(_ => true)), await Walk(trainer, ""));
        Assert.Equal(Enumerable.Reverse(Oldest(_ => true)), await Walk(trainer, ", orderBy: { direction: DESC }"));
        Assert.Equal(Oldest(r => r.StaffMemberId == data.Agent1Id), await Walk(agent, ", orderBy: { direction: ASC }"));
        Assert.Equal(Oldest(r => r.Passed && r.StaffMemberId == data.Agent2Id), await Walk(trainer, $", filter: {{ passed: true, staffId: \"{data.Agent2Id}\" }}, orderBy: {{ direction: ASC }}"));

        var newest = await Paging.FirstCursorAsync(q => Data(data, trainer, q),
            paging => $"{{ trainingRecords({paging}) {{ nodes {{ id }} {Paging.PageInfo} }} }}", d => d.GetProperty("trainingRecords"));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(trainer, $"{{ trainingRecords(after: \"{newest}\", orderBy: {{ direction: ASC }}) {{ totalCount }} }}")));
        Assert.Equal(["INVALID_CURSOR"], Tokens.ErrorCodes(await data.QueryAsync(trainer, $"{{ psychologicalAssessments(after: \"{newest}\") {{ totalCount }} }}")));
    }

    [Fact]
    public async Task Assessments_order_by_day_both_ways_and_filter_by_day_range()
    {
        var (data, _, _, assessments) = await SeedAsync("trn-assess");
        var token = await data.TokenAsync("compliance", "COMPLIANCE_OFFICER");
        async Task<List<string>> Walk(string args) => await Paging.BothWaysAsync(
            q => Data(data, token, q), paging => $"{{ psychologicalAssessments({paging}{args}) {{ nodes {{ id }} {Paging.PageInfo} }} }}",
            d => d.GetProperty("psychologicalAssessments"), size: 2, key: n => n.GetProperty("id").GetString()!);
        List<string> Oldest(Func<PsychologicalAssessment, bool> which) =>
            [.. assessments.Where(which).OrderBy(a => a.AssessedOn).ThenBy(a => a.Id).Select(a => InsurerData.Id("PsychologicalAssessment", a.Id))];
        var from = new DateOnly(2025, 3, 1);
        var to = new DateOnly(2025, 6, 30);

        Assert.Equal(Oldest(_ => true), await Walk(", orderBy: { field: ASSESSED_ON, direction: ASC }"));
        Assert.Equal(Enumerable.Reverse(Oldest(_ => true)), await Walk(""));
        Assert.Equal(Oldest(a => a.AssessedOn >= from), await Walk($", filter: {{ assessedFrom: \"{from:yyyy-MM-dd}\" }}, orderBy: {{ direction: ASC }}"));
        Assert.Equal(Oldest(a => a.AssessedOn <= to), await Walk($", filter: {{ assessedTo: \"{to:yyyy-MM-dd}\" }}, orderBy: {{ direction: ASC }}"));
        Assert.InRange(Oldest(a => a.AssessedOn >= from && a.AssessedOn <= to).Count, 1, assessments.Count - 2);
        Assert.Equal(
            Enumerable.Reverse(Oldest(a => a.AssessedOn >= from && a.AssessedOn <= to && !a.Passed)),
            await Walk($", filter: {{ assessedFrom: \"{from:yyyy-MM-dd}\", assessedTo: \"{to:yyyy-MM-dd}\", passed: false }}"));
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], Tokens.ErrorCodes(await data.QueryAsync(token, "{ psychologicalAssessments(filter: { assessedFrom: \"2025-02-30\" }) { totalCount } }")));
    }

    // Six courses (codes, titles and creation times in different orders), 12 records of two agents (two on one day),
    // seven assessments over 2025.
    private async Task<(InsurerData Data, List<TrainingCourse> Courses, List<TrainingRecord> Records, List<PsychologicalAssessment> Assessments)> SeedAsync(string code)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, code, customers: 1, interactionsPerPolicy: 0);
        var now = DateTimeOffset.UtcNow;
        var courses = new (string Code, string Title, CourseKind Kind)[]
        {
            ("CMP-2", "Anti-fraud", CourseKind.Compliance), ("ONB-1", "Welcome", CourseKind.Onboarding), ("CMP-1", "Privacy", CourseKind.Compliance),
            ("PRD-7", "Health products", CourseKind.ProductUpdate), ("CMP-3", "Complaints law", CourseKind.ComplaintHandling), ("REF-1", "Quarterly refresher", CourseKind.QuarterlyRefresher),
        }.Select((c, i) => new TrainingCourse
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            Code = c.Code,
            Title = c.Title,
            Kind = c.Kind,
            Hours = 2m,
            CreatedAt = now.AddMinutes(-(i * 7 % 6)),
        }).ToList();
        var records = Enumerable.Range(0, 12).Select(i => new TrainingRecord
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            StaffMemberId = i % 2 == 0 ? data.Agent1Id : data.Agent2Id,
            CourseId = courses[i % courses.Count].Id,
            // Record 5 is completed on the same day as record 3.
            CompletedOn = new DateOnly(2025, 1, 1).AddDays(19 * (i == 5 ? 3 : i * 5 % 12)),
            Hours = 2m,
            Passed = i % 3 != 0,
            CreatedAt = now,
        }).ToList();
        var assessments = Enumerable.Range(0, 7).Select(i => new PsychologicalAssessment
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            StaffMemberId = i % 2 == 0 ? data.Agent1Id : data.Agent2Id,
            AssessedOn = new DateOnly(2025, 1, 15).AddMonths(i * 3 % 7),
            Passed = i != 3,
        }).ToList();
        await data.ChangeAsync(db =>
        {
            db.TrainingCourses.AddRange(courses);
            db.TrainingRecords.AddRange(records);
            db.PsychologicalAssessments.AddRange(assessments);
            return Task.CompletedTask;
        });
        return (data, courses, records, assessments);
    }

    private static async Task<JsonElement> Data(InsurerData data, string token, string query) => Tokens.Data(await data.QueryAsync(token, query));
}
