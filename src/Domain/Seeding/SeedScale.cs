namespace Platform.Domain.Seeding;

/// <summary>
/// Row counts per demo tenant for a scale factor s (the same for every tenant):
/// customers 300·s, policies 500·s, interactions 1000·s, complaints 20·s, survey responses 100·s,
/// agents 8 + 2·s in teams of 10 (one supervisor each), complaint handlers 3 + s/50, quality inspectors 2 + s/100,
/// and 2 each of tenant admins, compliance officers and trainers.
/// With the two demo tenants, s = 1 gives a few thousand rows and s = 1000 gives 1,000,000 policies and 2,000,000
/// interactions (plus about 1.2 M recordings and 0.9 M verification attempts).
/// </summary>
public sealed record SeedScale(int Factor)
{
    /// <summary>Customers per tenant.</summary>
    public int Customers => 300 * Factor;

    /// <summary>Policies per tenant.</summary>
    public int Policies => 500 * Factor;

    /// <summary>Interactions per tenant.</summary>
    public int Interactions => 1000 * Factor;

    /// <summary>Complaints per tenant (at least one per status).</summary>
    public int Complaints => 20 * Factor;

    /// <summary>Survey responses per tenant.</summary>
    public int Surveys => 100 * Factor;

    /// <summary>Agents per tenant.</summary>
    public int Agents => 8 + (2 * Factor);

    /// <summary>Complaint handlers per tenant.</summary>
    public int ComplaintHandlers => 3 + (Factor / 50);

    /// <summary>Quality inspectors per tenant.</summary>
    public int QualityInspectors => 2 + (Factor / 100);

    /// <summary>Validates the factor: 1 to 10,000.</summary>
    public static SeedScale Of(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(factor, 10_000);
        return new SeedScale(factor);
    }
}
