using System.Globalization;
using Platform.Domain.Policies;

namespace Platform.Domain.Seeding;

/// <summary>One generated policy row.</summary>
public sealed record PolicyRow(
    Guid TenantId, Guid Id, string PolicyNumber, ProductLine ProductLine, string ProductName, decimal SumInsured,
    decimal Premium, DateOnly StartDate, DateOnly EndDate, PolicyStatus Status, Guid PolicyholderId, Guid InsuredId,
    DateTime CreatedAt);

/// <summary>Generates policies across all product lines, with statuses consistent with their dates.</summary>
public sealed class PolicyGenerator(TenantWorld world)
{
    private static readonly string[][] Products =
    [
        ["终身寿险（尊享版）", "定期寿险", "两全保险", "年金保险（福寿安康）"],
        ["百万医疗保险", "重大疾病保险", "防癌医疗险", "住院津贴保险"],
        ["综合意外伤害保险", "交通意外险", "学生平安险", "老年意外险"],
        ["家庭财产保险", "企业财产综合险", "工程保险"],
        ["公众责任险", "雇主责任险", "产品责任险"],
        ["机动车商业保险", "机动车交通事故责任强制保险", "新能源汽车商业保险"],
    ];

    private static readonly string[] LineCodes = ["L", "H", "A", "P", "B", "V"];

    /// <summary>Policy lines ensure every product line appears even at scale 1: policy p &lt; 6 takes line p.</summary>
    public PolicyRow Generate(int p)
    {
        var random = world.Random(SeedTable.Policy, p);
        var line = p < LineCodes.Length ? (ProductLine)p : (ProductLine)random.Weighted(world.Tenant.ProductLineWeights);
        var term = line switch
        {
            ProductLine.Life => random.Pick([10, 20, 30, 99]) * 12,
            ProductLine.Health => random.Chance(0.5) ? 12 : 12 * random.Pick([5, 10, 20]),
            _ => 12,
        };
        var start = new DateOnly(2019, 1, 1).AddDays(random.Next(SeedClock.AsOf.DayNumber - new DateOnly(2019, 1, 1).DayNumber + 30));
        var end = start.AddMonths(term).AddDays(-1);
        var (sum, premiumRate) = line switch
        {
            ProductLine.Life => (random.Between(10, 300) * 10_000m, 0.025m),
            ProductLine.Health => (random.Between(5, 100) * 10_000m, 0.006m),
            ProductLine.Accident => (random.Between(5, 100) * 10_000m, 0.002m),
            ProductLine.Property => (random.Between(10, 500) * 10_000m, 0.0015m),
            ProductLine.Liability => (random.Between(20, 500) * 10_000m, 0.003m),
            _ => (random.Between(10, 300) * 10_000m, 0.008m),
        };
        var holder = world.PolicyholderOf(p);
        var insured = random.Chance(0.8) ? holder : random.Next(world.Scale.Customers);
        return new PolicyRow(
            world.Tenant.Id,
            world.Id(SeedTable.Policy, p),
            string.Create(CultureInfo.InvariantCulture, $"{world.Tenant.NumberPrefix}{LineCodes[(int)line]}{start.Year}{p + 1:D9}"),
            line,
            random.Pick(Products[(int)line]),
            sum,
            decimal.Round(sum * premiumRate * (0.8m + (random.Next(40) / 100m)), 2),
            start,
            end,
            StatusOn(line, start, end, ref random),
            world.Id(SeedTable.Customer, holder),
            world.Id(SeedTable.Customer, insured),
            SeedClock.Utc(start.AddDays(-random.Between(1, 20)), random.Between(9 * 3600, 18 * 3600)));
    }

    /// <summary>All policies in order.</summary>
    public IEnumerable<PolicyRow> All()
    {
        for (var p = 0; p < world.Scale.Policies; p++)
        {
            yield return Generate(p);
        }
    }

    private static PolicyStatus StatusOn(ProductLine line, DateOnly start, DateOnly end, ref SeedRandom random)
    {
        if (start > SeedClock.AsOf.AddDays(-14))
        {
            return random.Chance(0.5) ? PolicyStatus.PendingUnderwriting : PolicyStatus.Active;
        }

        if (end < SeedClock.AsOf)
        {
            return random.Chance(0.9) ? PolicyStatus.Expired : PolicyStatus.Terminated;
        }

        var lapses = line is ProductLine.Life or ProductLine.Health;
        return random.Weighted([85, lapses ? 10 : 0, 5]) switch
        {
            0 => PolicyStatus.Active,
            1 => PolicyStatus.Lapsed,
            _ => PolicyStatus.Terminated,
        };
    }
}
