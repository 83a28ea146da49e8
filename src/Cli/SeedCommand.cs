using System.Globalization;
using Platform.Domain.Seeding;

namespace Platform.Cli;

/// <summary>Loads the deterministic demo data for the demo insurers through the bulk loader role.</summary>
public static class SeedCommand
{
    /// <summary>Parses `[--scale N]` (N >= 1, default 1).</summary>
    public static bool TryParseScale(IReadOnlyList<string> args, out int scale)
    {
        scale = 1;
        return args.Count switch
        {
            0 => true,
            2 when args[0] == "--scale" => int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out scale) && scale >= 1,
            _ => false,
        };
    }

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(CliSettings settings, int scale, TextWriter log, CancellationToken ct)
    {
        await DemoSeeder.RunAsync(settings.RequireLoader(), settings.Owner, scale, log, ct);
        return 0;
    }
}
