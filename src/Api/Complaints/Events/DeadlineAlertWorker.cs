using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Domain.Complaints;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Complaints.Events;

/// <summary>How often the deadline sweep runs and how far back a passed deadline is still announced.</summary>
/// <param name="Interval">Pause between sweeps.</param>
/// <param name="Lookback">Deadlines that passed longer ago (e.g. while no API ran) are not announced any more.</param>
public sealed record DeadlineSweepSettings(TimeSpan Interval, TimeSpan Lookback);

/// <summary>
/// Raises the R-CMP-02 overdue alert: every few seconds, for each active tenant, complaints whose open deadlines
/// passed since their last alert get one <c>ComplaintDeadlinePassed</c> outbox event, written with the complaint's
/// alert mark in one transaction. Every API instance runs the sweep, but a transaction-scoped advisory lock per tenant
/// lets exactly one of them work on a tenant at a time, and the alert mark makes a second pass a no-op.
/// </summary>
public sealed class DeadlineAlertWorker(
    NpgsqlDataSource dataSource, DeadlineSweepSettings settings, IServiceProvider services, ILogger<DeadlineAlertWorker> log) : BackgroundService
{
    private const int BatchSize = 200;
    private readonly TenantDatabase _database = new(dataSource);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Interval);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                log.LogWarning(exception, "Complaint deadline sweep failed; trying again in {Interval}", settings.Interval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One pass over every active tenant; returns the number of alerts raised.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = (services.GetService<ComplaintClock>() ?? ComplaintClock.System).Now;
        var raised = 0;
        foreach (var tenant in await ActiveTenantsAsync(ct))
        {
            raised += await SweepTenantAsync(tenant, now, ct);
        }

        return raised;
    }

    private async Task<int> SweepTenantAsync(Guid tenant, DateTimeOffset now, CancellationToken ct)
    {
        await using var work = await _database.BeginAsync(tenant, ct);
        await using (var claim = new NpgsqlCommand(
            "SELECT pg_try_advisory_xact_lock(hashtext('complaint-deadline-sweep'), hashtext($1))", work.Connection, work.Transaction))
        {
            claim.Parameters.AddWithValue(tenant.ToString());
            if (!(bool)(await claim.ExecuteScalarAsync(ct))!)
            {
                return 0;
            }
        }

        var floor = now - settings.Lookback;
        var due = await work.Db.Complaints
            .Where(c => c.Status != ComplaintStatus.Archived && (c.OverdueAlertedAt == null || c.OverdueAlertedAt < now)
                && ((c.PausedAt == null
                        && ((c.AcceptedAt == null && c.AcceptDueAt <= now && c.AcceptDueAt > floor)
                            || (c.InvestigationStartedAt == null && c.InvestigationDueAt <= now && c.InvestigationDueAt > floor)
                            || (c.ResolvedAt == null && c.ResolveDueAt <= now && c.ResolveDueAt > floor)
                            || (c.ResolvedAt != null && c.FeedbackGivenAt == null && c.FeedbackDueAt <= now && c.FeedbackDueAt > floor)))
                    || (c.DecidedAt == null && c.DecisionDueAt <= now && c.DecisionDueAt > floor)))
            .OrderBy(c => c.Id)
            .Take(BatchSize)
            .ToListAsync(ct);

        var raised = 0;
        foreach (var complaint in due)
        {
            var alertedUntil = complaint.OverdueAlertedAt is { } alerted && alerted > floor ? alerted : floor;
            var passed = OverdueMilestones.PassedSince(DueTimesOf(complaint), alertedUntil, now);
            if (passed.Count == 0)
            {
                continue;
            }

            complaint.OverdueAlertedAt = now;
            work.Db.DomainEvents.Add(ComplaintOutbox.Event(complaint, ComplaintOutbox.DeadlinePassed, now, new
            {
                complaintId = complaint.Id,
                milestones = passed.Select(m => m.ToString()).ToArray(),
            }));
            raised++;
        }

        await work.CommitAsync(ct);
        return raised;
    }

    private async Task<List<Guid>> ActiveTenantsAsync(CancellationToken ct)
    {
        var tenants = new List<Guid>();
        await using var command = dataSource.CreateCommand("SELECT id FROM tenants WHERE status = 'Active' ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            tenants.Add(reader.GetGuid(0));
        }

        return tenants;
    }

    private static ComplaintDueTimes DueTimesOf(Complaint c) => new(
        c.Status, c.PausedAt is not null, c.AcceptDueAt, c.AcceptedAt, c.InvestigationDueAt, c.InvestigationStartedAt,
        c.ResolveDueAt, c.ResolvedAt, c.FeedbackDueAt, c.FeedbackGivenAt, c.DecisionDueAt, c.DecidedAt);

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
