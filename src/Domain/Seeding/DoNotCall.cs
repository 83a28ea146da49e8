using Platform.Domain.Interactions;

namespace Platform.Domain.Seeding;

/// <summary>One do-not-call request.</summary>
public sealed record DoNotCallRow(Guid TenantId, Guid Id, Guid CustomerId, CallPurpose Purpose, DateTime RequestedAt, string? Note);

/// <summary>About one customer in fifty asked not to be called, some recently (still in force, R-CALL-06/09), some long ago.</summary>
public static class DoNotCall
{
    /// <summary>The requests in customer order.</summary>
    public static IEnumerable<DoNotCallRow> Requests(TenantWorld world)
    {
        for (var c = 0; c < world.Scale.Customers; c++)
        {
            if (Of(world, c) is { } request)
            {
                yield return request;
            }
        }
    }

    /// <summary>
    /// True when an outbound call to the customer at that instant would break a request: the generator keeps every
    /// outbound call at least 180 days after any request (the longer marketing period covers the 90-day one).
    /// </summary>
    public static bool Blocks(TenantWorld world, int customer, DateTime callAt) =>
        Of(world, customer) is { } request && callAt >= request.RequestedAt && callAt < request.RequestedAt.AddDays(180);

    /// <summary>Customer c's request, if any (a pure function of c).</summary>
    public static DoNotCallRow? Of(TenantWorld world, int c)
    {
        var random = world.Random(SeedTable.DoNotCall, c);
        if (!random.Chance(0.02))
        {
            return null;
        }

        var purpose = random.Chance(0.6) ? CallPurpose.Marketing : CallPurpose.Service;
        var day = SeedClock.FirstDay.AddDays(random.Next(SeedClock.Days));
        return new DoNotCallRow(world.Tenant.Id, world.Id(SeedTable.DoNotCall, c), world.Id(SeedTable.Customer, c), purpose,
            SeedClock.Utc(day, random.Between(9 * 3600, 18 * 3600)),
            purpose == CallPurpose.Marketing ? "客户要求不再接收营销电话" : "客户要求暂停服务类外呼");
    }
}
