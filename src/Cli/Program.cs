using Platform.Cli;

// Operator console: `migrate` provisions roles/database (when a superuser connection is configured) and applies
// migrations as the owner; `seed [--scale N]` loads deterministic demo data through the bulk loader role.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return args switch
    {
        ["migrate"] => await MigrateCommand.RunAsync(CliSettings.FromEnvironment(), Console.Out, cancel.Token),
        ["seed", .. var rest] when SeedCommand.TryParseScale(rest, out var scale) =>
            await SeedCommand.RunAsync(CliSettings.FromEnvironment(), scale, Console.Out, cancel.Token),
        _ => Usage(),
    };
}
catch (CliConfigurationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("cancelled");
    return 130;
}
catch (Npgsql.NpgsqlException e)
{
    // Operators need the server's reason (role missing, refused connection), not a stack trace.
    Console.Error.WriteLine($"database error: {e.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Platform.Cli migrate | seed [--scale N]");
    return 2;
}
