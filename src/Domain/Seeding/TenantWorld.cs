namespace Platform.Domain.Seeding;

/// <summary>Everything a generator needs about one demo tenant: who it is, how big, and how staff are laid out.</summary>
public sealed class TenantWorld(DemoTenant tenant, SeedScale scale)
{
    /// <summary>The tenant being generated.</summary>
    public DemoTenant Tenant { get; } = tenant;

    /// <summary>The row counts.</summary>
    public SeedScale Scale { get; } = scale;

    /// <summary>The staff layout.</summary>
    public StaffRoster Roster { get; } = new(scale);

    /// <summary>The stable id of row <paramref name="index"/> of a table.</summary>
    public Guid Id(SeedTable table, long index) => StableIds.For(Tenant.Id, table, index);

    /// <summary>The random stream of one row: independent of every other row, so any row can be regenerated alone.</summary>
    public SeedRandom Random(SeedTable table, long index) => new(Tenant.Seed, (ulong)table, (ulong)index);

    /// <summary>Customer that holds policy p: every customer holds policy c, and the first ones also c + customers, ...</summary>
    public int PolicyholderOf(int policy) => policy % Scale.Customers;

    /// <summary>How many policies a customer holds.</summary>
    public int PolicyCountOf(int customer) =>
        (Scale.Policies / Scale.Customers) + (customer < Scale.Policies % Scale.Customers ? 1 : 0);

    /// <summary>The k-th policy held by a customer.</summary>
    public int PolicyOf(int customer, int k) => customer + (k * Scale.Customers);
}
