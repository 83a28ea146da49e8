using Npgsql;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Surveys;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Training;

namespace Platform.Api.Tests.Quality;

/// <summary>
/// Calls, complaints, surveys and training of March 2025 (Shanghai) for a seeded insurer, written as the owner inside
/// the tenant's RLS setting, with the figures the quality metrics must compute from them.
/// </summary>
public static class QualityWorld
{
    /// <summary>A Monday in the middle of March 2025, 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset March = new(2025, 3, 10, 2, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// agent1 (the supervisor's team): three inbound calls (one in 5 s, one late, one unanswered), one outbound call,
    /// two wrap-ups of which one late, handle times 295 s + 880 s + 120 s, one complaint in March, survey scores 5 and 2,
    /// 8 refresher and 12 other hours in Q1. agent2 (no team): one inbound call in 3 s wrapped up after 30 s (87 s),
    /// one complaint, survey score 4, only 4 refresher hours. Outside the counted data: an email, April calls and
    /// complaints, a complaint without interaction.
    /// </summary>
    public static async Task AddAsync(InsurerData data)
    {
        var customer = data.Customers[0].Id;
        Interaction Call(Guid agent, InteractionChannel channel, DateTimeOffset started, int? answeredAfter, int endedAfter, int? wrappedAfterEnd, bool lateWrapUp = false) => new()
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            Channel = channel,
            AgentId = agent,
            CustomerId = customer,
            StartedAt = started,
            AnsweredAt = answeredAfter is { } a ? started.AddSeconds(a) : null,
            LateAnswer = answeredAfter > 15,
            EndedAt = started.AddSeconds(endedAfter),
            WrappedUpAt = wrappedAfterEnd is { } w ? started.AddSeconds(endedAfter + w) : null,
            LateWrapUp = lateWrapUp,
            OutcomeTag = wrappedAfterEnd is null ? null : OutcomeTag.Valid,
            Summary = wrappedAfterEnd is null ? null : "wrapped up",
            Urgency = Urgency.Normal,
            CreatedAt = started,
        };

        var inTime = Call(data.Agent1Id, InteractionChannel.InboundCall, March, 5, 180, 120);
        var late = Call(data.Agent1Id, InteractionChannel.InboundCall, March.AddHours(1), 20, 300, 600, lateWrapUp: true);
        var unanswered = Call(data.Agent1Id, InteractionChannel.InboundCall, March.AddHours(2), null, 30, null);
        var outbound = Call(data.Agent1Id, InteractionChannel.OutboundCall, March.AddHours(3), null, 120, null);
        var email = Call(data.Agent1Id, InteractionChannel.Email, March.AddHours(4), null, 900, 900, lateWrapUp: true);
        var april = Call(data.Agent1Id, InteractionChannel.InboundCall, March.AddMonths(1), 30, 100, 900, lateWrapUp: true);
        var agent2 = Call(data.Agent2Id, InteractionChannel.InboundCall, March.AddDays(1), 3, 60, 30);

        await using var source = NpgsqlDataSource.Create(data.Stack.OwnerConnectionString);
        await using (var work = await new TenantDatabase(source).BeginAsync(data.Tenant))
        {
            work.Db.Interactions.AddRange(inTime, late, unanswered, outbound, email, april, agent2);
            await work.Db.SaveChangesAsync();
            work.Db.Complaints.AddRange(
                Complaint(data, customer, inTime.Id, March.AddDays(2)),
                Complaint(data, customer, late.Id, March.AddMonths(1)),
                Complaint(data, customer, null, March.AddDays(2)),
                Complaint(data, customer, agent2.Id, March.AddDays(3)));

            var refresher = Course(data, CourseKind.QuarterlyRefresher);
            var product = Course(data, CourseKind.ProductUpdate);
            work.Db.TrainingCourses.AddRange(refresher, product);
            await work.Db.SaveChangesAsync();
            work.Db.TrainingRecords.AddRange(
                Record(data, data.Agent1Id, refresher.Id, new DateOnly(2025, 2, 1), 8m),
                Record(data, data.Agent1Id, product.Id, new DateOnly(2025, 1, 15), 12m),
                Record(data, data.Agent2Id, refresher.Id, new DateOnly(2025, 2, 1), 4m));
            await work.CommitAsync();
        }

        await SurveyWorld.AddAsync(data, March.AddDays(5), (inTime, 5, null), (late, 2, null), (agent2, 4, null));
        await SurveyWorld.AddAsync(data, March.AddMonths(1), (april, 1, null));
    }

    private static Complaint Complaint(InsurerData data, Guid customer, Guid? interaction, DateTimeOffset received) => new()
    {
        TenantId = data.Tenant,
        Id = Guid.CreateVersion7(),
        Reference = "Q-" + Guid.NewGuid().ToString("N")[..8],
        Channel = ComplaintChannel.Phone,
        ComplainantId = customer,
        InteractionId = interaction,
        Category = ComplaintCategory.ServiceAttitude,
        Severity = ComplaintSeverity.General,
        Description = "quality",
        Status = ComplaintStatus.Received,
        ReceivedAt = received,
        AcceptDueAt = received.AddDays(1),
        InvestigationDueAt = received.AddDays(2),
        ResolveDueAt = received.AddDays(9),
    };

    private static TrainingCourse Course(InsurerData data, CourseKind kind) => new()
    {
        TenantId = data.Tenant,
        Id = Guid.CreateVersion7(),
        Code = "Q-" + kind,
        Title = kind + " course",
        Kind = kind,
        Hours = 4m,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static TrainingRecord Record(InsurerData data, Guid staff, Guid course, DateOnly on, decimal hours) => new()
    {
        TenantId = data.Tenant,
        Id = Guid.CreateVersion7(),
        StaffMemberId = staff,
        CourseId = course,
        CompletedOn = on,
        Hours = hours,
        Passed = true,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
