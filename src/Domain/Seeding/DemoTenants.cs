namespace Platform.Domain.Seeding;

/// <summary>The two demo insurers; their ids and slugs never change so tests, docs and tokens can name them.</summary>
public static class DemoTenants
{
    /// <summary>安康人寿: a life insurer (mostly life, health and accident business).</summary>
    public static DemoTenant AnkangLife { get; } = new(
        Guid.Parse("a0a0a0a0-0001-4000-8000-000000000001"), "ankang-life", "安康人寿保险股份有限公司", "AK", 0x414E4B414E47UL,
        // Life, Health, Accident, Property, Liability, Auto (ProductLine order)
        [40, 30, 20, 4, 3, 3], "ankanglife.com.cn");

    /// <summary>平和财险: a property and casualty insurer (mostly auto, property and liability business).</summary>
    public static DemoTenant PingheProperty { get; } = new(
        Guid.Parse("a0a0a0a0-0002-4000-8000-000000000002"), "pinghe-property", "平和财产保险股份有限公司", "PH", 0x50494E474845UL,
        [3, 8, 14, 25, 15, 35], "pinghe-pc.com.cn");

    /// <summary>Both demo tenants in a fixed order.</summary>
    public static IReadOnlyList<DemoTenant> All { get; } = [AnkangLife, PingheProperty];
}
