namespace Platform.Domain.Seeding;

/// <summary>A demo insurer: stable id and slug, display name, its product mix and the prefix of its numbers.</summary>
public sealed record DemoTenant(Guid Id, string Slug, string Name, string NumberPrefix, ulong Seed, int[] ProductLineWeights, string EmailDomain);
