using System.Globalization;
using System.Text;
using Platform.Domain.Customers;
using Platform.Domain.Interactions;

namespace Platform.Domain.Seeding;

/// <summary>One generated customer row.</summary>
public sealed record CustomerRow(
    Guid TenantId, Guid Id, string Name, Gender Gender, DateOnly BirthDate, string Occupation, string Phone,
    string? ReservedPhone, string? Email, string Address, IdDocumentType IdDocumentType, string IdNumber,
    string? HealthInformation, string? BankAccount, RiskLevel RiskLevel, InteractionChannel PreferredChannel,
    bool AcceptsMarketing, DateTime CreatedAt);

/// <summary>The parts of a customer other generators need (age decides the R-CALL-03 verification path).</summary>
public readonly record struct CustomerProfile(bool Male, DateOnly BirthDate, RegionCodes.Region Region)
{
    /// <summary>Age in whole years on a date.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Minors and the elderly may be verified by reserved phone or a relative (R-CUS-01, R-CALL-03).</summary>
    public bool MayUseAlternativeVerification(DateOnly date) => AgeOn(date) is < 18 or >= 65;
}

/// <summary>Generates customers with Chinese names and ID numbers consistent with gender and birth date.</summary>
public sealed class CustomerGenerator(TenantWorld world)
{
    private static readonly string[] Occupations =
    [
        "教师", "工程师", "医生", "护士", "会计", "销售经理", "公务员", "个体经营者", "程序员", "司机", "厨师",
        "律师", "设计师", "银行职员", "退休人员", "学生", "农民", "快递员", "建筑工人", "自由职业者",
    ];

    private static readonly string[] EmailDomains = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com"];

    private static readonly string[] HealthNotes =
    [
        "高血压，规律服药", "2型糖尿病", "甲状腺结节，定期复查", "既往阑尾切除术", "轻度脂肪肝", "哮喘病史",
    ];

    private static readonly string[] Relations = ["配偶", "子女", "父母", "兄弟姐妹"];

    private readonly HashSet<long> _usedIdNumbers = [];

    /// <summary>
    /// The identity of customer c: gender, birth date, region. A pure function of c, so interactions can ask for it
    /// without the customer row (ages: 5% minors, 20% aged 65+).
    /// </summary>
    public CustomerProfile Profile(int c)
    {
        var random = world.Random(SeedTable.CustomerIdentity, c);
        var male = random.Chance(0.5);
        var band = random.Weighted([5, 75, 20]);
        var age = band switch
        {
            0 => random.Between(1, 17),
            1 => random.Between(18, 64),
            _ => random.Between(65, 90),
        };
        var birth = SeedClock.AsOf.AddYears(-age - 1).AddDays(random.Between(1, 364));
        return new CustomerProfile(male, birth, random.Pick(RegionCodes.All));
    }

    /// <summary>Customers in order; must be enumerated once, in order (ID numbers are de-duplicated as they go).</summary>
    public IEnumerable<CustomerRow> All()
    {
        _usedIdNumbers.Clear();
        for (var c = 0; c < world.Scale.Customers; c++)
        {
            yield return Generate(c);
        }
    }

    private CustomerRow Generate(int c)
    {
        var profile = Profile(c);
        var random = world.Random(SeedTable.Customer, c);
        var name = ChineseNames.Next(ref random, profile.Male);
        var age = profile.AgeOn(SeedClock.AsOf);
        var minorOrElderly = age is < 18 or >= 65;
        var documentType = age >= 18 && random.Chance(0.03)
            ? random.Pick([IdDocumentType.Passport, IdDocumentType.HongKongMacauPass, IdDocumentType.TaiwanPass])
            : IdDocumentType.ResidentIdCard;
        var idNumber = documentType == IdDocumentType.ResidentIdCard
            ? UniqueResidentId(profile, ref random)
            : OtherDocumentNumber(documentType, c);
        var phone = MobileNumbers.Next(ref random);
        var email = age < 16 ? null : Email(name, ref random);
        var region = profile.Region;
        var address = string.Create(CultureInfo.InvariantCulture,
            $"{region.Province}{(region.Province == region.City ? "" : region.City)}{region.District}{random.Pick(RegionCodes.Streets)}{random.Between(1, 999)}号{random.Pick(RegionCodes.Compounds)}{random.Between(1, 30)}栋{random.Between(1, 32)}{random.Between(1, 4):D2}室");
        // Customers joined in row order (2019 to mid-2024), which keeps the created_at index append-only during a load.
        var created = SeedClock.Utc(new DateOnly(2019, 1, 1).AddDays((int)((long)c * 2000 / world.Scale.Customers)), random.Between(8 * 3600, 20 * 3600));
        return new CustomerRow(
            world.Tenant.Id,
            world.Id(SeedTable.Customer, c),
            name.FullName,
            profile.Male ? Gender.Male : Gender.Female,
            profile.BirthDate,
            age < 18 ? "学生" : age >= 65 && random.Chance(0.8) ? "退休人员" : random.Pick(Occupations),
            phone,
            minorOrElderly ? MobileNumbers.Next(ref random) : null,
            email,
            address,
            documentType,
            idNumber,
            random.Chance(0.12) ? random.Pick(HealthNotes) : null,
            age >= 18 && random.Chance(0.6) ? BankCardNumber(ref random) : null,
            (RiskLevel)random.Weighted([80, 16, 4]),
            (InteractionChannel)random.Weighted([50, 5, 15, 15, 5, 8, 2]),
            random.Chance(0.35),
            created);
    }

    /// <summary>The relationship of a relative who may verify on behalf of a minor or elderly customer.</summary>
    public static string Relation(ref SeedRandom random) => random.Pick(Relations);

    private string UniqueResidentId(CustomerProfile profile, ref SeedRandom random)
    {
        // Same region, birth date and sequence twice would be the same person; redraw the sequence on a clash.
        var ordinal = random.Next(500);
        for (var attempt = 0; ; attempt++)
        {
            var sequence = ResidentIdNumber.SequenceFor(profile.Male, ordinal + attempt);
            var key = (long.Parse(profile.Region.Code, CultureInfo.InvariantCulture) * 100_000_000L + profile.BirthDate.DayNumber) * 1000 + sequence;
            if (_usedIdNumbers.Add(key) || attempt >= 499)
            {
                return ResidentIdNumber.Compose(profile.Region.Code, profile.BirthDate, sequence);
            }
        }
    }

    private static string OtherDocumentNumber(IdDocumentType type, int c) => type switch
    {
        IdDocumentType.Passport => string.Create(CultureInfo.InvariantCulture, $"E{c + 10_000_000:D8}"),
        IdDocumentType.HongKongMacauPass => string.Create(CultureInfo.InvariantCulture, $"H{c + 10_000_000:D8}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"T{c + 10_000_000:D8}"),
    };

    private static string Email(ChineseNames.PersonName name, ref SeedRandom random)
    {
        var local = new StringBuilder(name.GivenPinyin).Append('.').Append(name.SurnamePinyin);
        if (random.Chance(0.7))
        {
            local.Append(random.Between(1, 9999).ToString(CultureInfo.InvariantCulture));
        }

        return local.Append('@').Append(random.Pick(EmailDomains)).ToString();
    }

    // 19-digit UnionPay-style card number with a valid Luhn check digit (R-PII-01 sensitive field).
    private static string BankCardNumber(ref SeedRandom random)
    {
        Span<char> digits = stackalloc char[19];
        "62".AsSpan().CopyTo(digits);
        for (var i = 2; i < 18; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        var sum = 0;
        for (var i = 17; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if ((17 - i) % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        digits[18] = (char)('0' + ((10 - (sum % 10)) % 10));
        return new string(digits);
    }
}
