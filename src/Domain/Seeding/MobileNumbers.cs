namespace Platform.Domain.Seeding;

/// <summary>Mainland China mobile numbers: 11 digits starting with an allocated 1[3-9]x prefix.</summary>
public static class MobileNumbers
{
    /// <summary>Allocated three-digit prefixes of the three carriers.</summary>
    public static IReadOnlyList<string> Prefixes { get; } =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
        "145", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159",
        "166", "173", "175", "176", "177", "178",
        "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
        "191", "193", "195", "196", "197", "198", "199",
    ];

    /// <summary>A random mobile number.</summary>
    public static string Next(ref SeedRandom random) =>
        string.Create(11, (random.Pick(Prefixes), random.Next(100_000_000)), static (span, state) =>
        {
            state.Item1.AsSpan().CopyTo(span);
            state.Item2.TryFormat(span[3..], out _, "D8", System.Globalization.CultureInfo.InvariantCulture);
        });
}
