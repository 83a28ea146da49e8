using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.Identity.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>Runs client-check/ (npm openid-client + jose) against a live server: discovery, client_credentials, JWKS verification.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StandardClientLibraryTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Openid_client_and_jose_do_discovery_client_credentials_and_verify_against_jwks()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        var secret = await server.AddClientAsync("alpha-compliance-service", server.TenantA, ["COMPLIANCE_OFFICER"], ["client_credentials"]);

        var (exitCode, output, errors) = await RunAsync(server.BaseUrl, "alpha-compliance-service", secret!);

        Assert.True(exitCode == 0, $"client-check failed ({exitCode}): {output} {errors}");
        var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.Equal("at+jwt", result.GetProperty("typ").GetString());
        Assert.Equal("ES256", result.GetProperty("alg").GetString());
        Assert.Equal(server.TenantA.ToString(), result.GetProperty("tenant_id").GetString());
        Assert.Equal("COMPLIANCE_OFFICER", result.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task The_standard_client_reports_failure_for_a_wrong_secret()
    {
        await using var server = await IdentityTestServer.StartAsync(cluster);
        await server.AddClientAsync("alpha-compliance-service", server.TenantA, ["COMPLIANCE_OFFICER"], ["client_credentials"]);

        var (exitCode, output, _) = await RunAsync(server.BaseUrl, "alpha-compliance-service", "wrong-secret");

        Assert.NotEqual(0, exitCode);
        var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal("invalid_client", result.GetProperty("oauthError").GetString());
        Assert.Equal(401, result.GetProperty("status").GetInt32());
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string issuer, string clientId, string secret)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(ScriptDirectory(), "run.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ISSUER"] = issuer;
        start.Environment["CLIENT_ID"] = clientId;
        start.Environment["CLIENT_SECRET"] = secret;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static string ScriptDirectory([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "client-check");
}
