namespace Platform.Testing;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) on this machine.</summary>
public static class PostgresBinaries
{
    /// <summary>The directory holding initdb and pg_ctl; throws a clear message when PostgreSQL is not installed.</summary>
    public static string Directory { get; } = Locate();

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PLATFORM_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "initdb")))
        {
            return fromEnvironment;
        }

        // Debian keeps server binaries outside PATH, one directory per major version; prefer the newest.
        if (System.IO.Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server programs (initdb, pg_ctl) not found. Install them with `./platform test` " +
            "(it installs the `postgresql` package) or set PLATFORM_PG_BIN to their directory.");
    }
}
