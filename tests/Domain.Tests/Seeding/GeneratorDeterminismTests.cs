using Platform.Domain.Seeding;

namespace Platform.Domain.Tests.Seeding;

/// <summary>The generator is deterministic: two independent runs produce identical rows, and tenants differ.</summary>
public sealed class GeneratorDeterminismTests
{
    private const int Rows = 300;

    private static TenantWorld World(DemoTenant tenant) => new(tenant, SeedScale.Of(2));

    // Child lists compare by reference in records; they are compared separately.
    private static InteractionRow Flat(InteractionRow row) => row with { Attempts = [] };

    private static ComplaintRow Flat(ComplaintRow row) => row with { History = [] };

    [Fact]
    public void Two_runs_produce_the_same_first_rows_of_every_table()
    {
        var (a, b) = (World(DemoTenants.AnkangLife), World(DemoTenants.AnkangLife));
        var (customersA, customersB) = (new CustomerGenerator(a), new CustomerGenerator(b));
        var (interactionsA, interactionsB) = (new InteractionGenerator(a, customersA), new InteractionGenerator(b, customersB));
        var (complaintsA, complaintsB) = (new ComplaintGenerator(a, interactionsA), new ComplaintGenerator(b, interactionsB));
        var (policiesA, policiesB) = (new PolicyGenerator(a), new PolicyGenerator(b));

        Assert.Equal(customersA.All().Take(Rows), customersB.All().Take(Rows));
        Assert.Equal(policiesA.All().Take(Rows), policiesB.All().Take(Rows));
        Assert.Equal(interactionsA.All().Take(Rows).Select(Flat), interactionsB.All().Take(Rows).Select(Flat));
        Assert.Equal(
            interactionsA.All().Take(Rows).SelectMany(i => i.Attempts),
            interactionsB.All().Take(Rows).SelectMany(i => i.Attempts));
        Assert.Equal(complaintsA.All().Select(Flat), complaintsB.All().Select(Flat));
        Assert.Equal(complaintsA.All().SelectMany(c => c.History), complaintsB.All().SelectMany(c => c.History));
        Assert.Equal(new StaffGenerator(a).Staff(), new StaffGenerator(b).Staff());
        Assert.Equal(new TrainingGenerator(a).Records(), new TrainingGenerator(b).Records());
        Assert.Equal(
            new SurveyGenerator(a, interactionsA, complaintsA, policiesA).All().Take(Rows),
            new SurveyGenerator(b, interactionsB, complaintsB, policiesB).All().Take(Rows));
        Assert.Equal(
            new RecordingGenerator(a, interactionsA, complaintsA, policiesA).All().Take(Rows),
            new RecordingGenerator(b, interactionsB, complaintsB, policiesB).All().Take(Rows));
    }

    [Fact]
    public void A_row_regenerated_alone_equals_the_same_row_from_the_stream()
    {
        var world = World(DemoTenants.PingheProperty);
        var interactions = new InteractionGenerator(world, new CustomerGenerator(world));

        var streamed = interactions.All().Skip(1234).First();

        var alone = interactions.Generate(1234);
        Assert.Equal(Flat(streamed), Flat(alone));
        Assert.Equal(streamed.Attempts, alone.Attempts);
    }

    [Fact]
    public void The_two_insurers_get_different_people_and_ids()
    {
        var ankang = new CustomerGenerator(World(DemoTenants.AnkangLife)).All().Take(50).ToList();
        var pinghe = new CustomerGenerator(World(DemoTenants.PingheProperty)).All().Take(50).ToList();

        Assert.Empty(ankang.Select(c => c.Id).Intersect(pinghe.Select(c => c.Id)));
        Assert.NotEqual(ankang.Select(c => c.Name), pinghe.Select(c => c.Name));
    }

    [Fact]
    public void Stable_ids_are_unique_across_tables_and_rows_and_shaped_as_version_8()
    {
        var ids = new HashSet<Guid>();
        foreach (var table in Enum.GetValues<SeedTable>())
        {
            for (var i = 0; i < 2000; i++)
            {
                var id = StableIds.For(DemoTenants.AnkangLife.Id, table, i);
                Assert.True(ids.Add(id));
                Assert.Equal(8, id.Version);
                Assert.InRange(id.Variant, 8, 11);
            }
        }
    }

    [Fact]
    public void Resident_ids_are_unique_within_a_tenant_and_names_are_chinese()
    {
        var customers = new CustomerGenerator(World(DemoTenants.AnkangLife)).All().ToList();

        var residentIds = customers.Where(c => c.IdDocumentType == Customers.IdDocumentType.ResidentIdCard).Select(c => c.IdNumber).ToList();
        Assert.Equal(residentIds.Count, residentIds.Distinct().Count());
        Assert.All(customers, c => Assert.InRange(c.Name.Length, 2, 4));
        Assert.All(customers, c => Assert.True(c.Name.All(ch => ch is >= '\u4e00' and <= '\u9fff'), c.Name));
    }

    [Fact]
    public void Scale_is_defined_per_tenant_and_the_large_scale_meets_the_volume_target()
    {
        var large = SeedScale.Of(1000);

        Assert.True(large.Policies * DemoTenants.All.Count >= 1_000_000);
        Assert.True(large.Interactions * DemoTenants.All.Count >= 2_000_000);
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedScale.Of(0));
    }
}
