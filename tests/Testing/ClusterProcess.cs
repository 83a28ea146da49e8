using System.Diagnostics;

namespace Platform.Testing;

/// <summary>Runs PostgreSQL programs, as the `postgres` OS user when the tests run as root (initdb refuses root).</summary>
internal static class ClusterProcess
{
    public static bool RunningAsRoot { get; } = Environment.UserName == "root";

    /// <summary>Runs a PostgreSQL program to completion and throws with its output when it fails.</summary>
    public static async Task RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, CancellationToken ct = default)
    {
        var start = StartInfo(Path.Combine(PostgresBinaries.Directory, program), arguments);
        // The postgres user may not be allowed into the caller's current directory.
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed with exit code {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>Starts a detached process and does not wait for it.</summary>
    public static void StartDetached(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardInput = false;
        start.UseShellExecute = false;
        using var _ = Process.Start(start);
    }

    /// <summary>Gives the postgres OS user ownership of a directory when running as root.</summary>
    public static async Task HandOverAsync(string directory)
    {
        if (!RunningAsRoot)
        {
            return;
        }

        var chown = new ProcessStartInfo("chown") { ArgumentList = { "-R", "postgres:postgres", directory } };
        using var process = Process.Start(chown) ?? throw new InvalidOperationException("Could not start chown.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown of {directory} to postgres failed.");
        }
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments)
    {
        ProcessStartInfo start;
        if (RunningAsRoot)
        {
            start = new ProcessStartInfo("runuser") { ArgumentList = { "-u", "postgres", "--", program } };
        }
        else
        {
            start = new ProcessStartInfo(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.UseShellExecute = false;
        // The cluster must not inherit a locale the postgres user lacks, nor a PG* variable aimed elsewhere.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
        foreach (var key in new[] { "PGHOST", "PGPORT", "PGDATA", "PGUSER", "PGDATABASE" })
        {
            start.Environment.Remove(key);
        }

        return start;
    }
}
