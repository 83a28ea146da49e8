using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;
using Platform.Testing;

namespace Platform.Domain.Tests.Persistence;

/// <summary>The outbox numbers events per tenant without gaps, so subscribers can resume after the last sequence they saw.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Rule", "R-CMP-01")]
public sealed class EventSequenceTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Sequence_is_assigned_on_insert_and_read_back_by_ef()
    {
        await using var db = await IsolatedDatabase.CreateAsync(cluster);
        await using var work = await db.Tenants.BeginAsync(IsolatedDatabase.TenantA);
        var first = NewEvent(IsolatedDatabase.TenantA);
        var second = NewEvent(IsolatedDatabase.TenantA);
        work.Db.DomainEvents.Add(first);
        await work.Db.SaveChangesAsync();
        work.Db.DomainEvents.Add(second);
        await work.CommitAsync();
        Assert.Equal((1L, 2L), (first.Sequence, second.Sequence));
    }

    [Fact]
    public async Task Sequence_is_gap_free_per_tenant_under_concurrent_inserts_and_rollbacks()
    {
        await using var db = await IsolatedDatabase.CreateAsync(cluster);
        const int writersPerTenant = 12;
        const int eventsPerWriter = 5;
        var tenants = new[] { IsolatedDatabase.TenantA, IsolatedDatabase.TenantB };

        var writers = tenants.SelectMany(tenant => Enumerable.Range(0, writersPerTenant).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < eventsPerWriter; i++)
            {
                await using var work = await db.Tenants.BeginAsync(tenant);
                work.Db.DomainEvents.Add(NewEvent(tenant));
                work.Db.DomainEvents.Add(NewEvent(tenant));
                await work.Db.SaveChangesAsync();
                // Every third unit of work rolls back: its numbers must be handed out again, not lost.
                if ((writer + i) % 3 != 0)
                {
                    await work.CommitAsync();
                }
            }
        })));
        await Task.WhenAll(writers);

        foreach (var tenant in tenants)
        {
            await using var work = await db.Tenants.BeginAsync(tenant);
            var sequences = await work.Db.DomainEvents.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
            var committedUnits = Enumerable.Range(0, writersPerTenant)
                .Sum(w => Enumerable.Range(0, eventsPerWriter).Count(i => (w + i) % 3 != 0));
            Assert.Equal(committedUnits * 2, sequences.Count);
            Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences);
            Assert.Equal(sequences.Count, await work.Db.TenantEventSequences.Select(s => s.LastSequence).SingleAsync());
        }
    }

    private static DomainEvent NewEvent(Guid tenant) => new()
    {
        TenantId = tenant,
        Id = Guid.CreateVersion7(),
        Type = "ComplaintStatusChanged",
        AggregateType = "Complaint",
        AggregateId = Guid.CreateVersion7(),
        Payload = """{"to":"Accepted"}""",
        OccurredAt = DateTimeOffset.UtcNow,
    };
}
