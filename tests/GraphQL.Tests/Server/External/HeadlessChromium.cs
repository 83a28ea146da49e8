using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.GraphQL.Tests.Server.External;

/// <summary>
/// Debian's chromium, headless, driven over the DevTools protocol (one page): navigate and evaluate expressions.
/// The port comes from the DevToolsActivePort file, so parallel runs never clash.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _page = new();
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        await DebianPackages.EnsureAsync("chromium", "chromium");
        var profile = Directory.CreateTempSubdirectory("graphql-ide-chromium-").FullName;
        var start = new ProcessStartInfo("chromium",
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(portFile) || (await File.ReadAllTextAsync(portFile)).Split('\n')[0].Trim() is not { Length: > 0 })
        {
            Assert.False(_process.HasExited, $"chromium exited with {(_process.HasExited ? _process.ExitCode : 0)} before DevTools was up");
            Assert.True(deadline.Elapsed < Patience, "chromium's DevTools did not come up within " + Patience);
            await Task.Delay(100);
        }

        var port = int.Parse((await File.ReadAllTextAsync(portFile)).Split('\n')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(t => t!["type"]!.GetValue<string>() == "page")!;
        await _page.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), CancellationToken.None);
    }

    /// <summary>Loads <paramref name="url"/> in the page.</summary>
    public Task NavigateAsync(Uri url) => SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() });

    /// <summary>Evaluates a JavaScript expression in the page and returns its value as a string ("" when null).</summary>
    public async Task<string> EvaluateAsync(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        return reply["result"]?["result"]?["value"]?.ToString() ?? string.Empty;
    }

    /// <summary>Evaluates <paramref name="expression"/> until its value satisfies <paramref name="done"/>; returns the last value.</summary>
    public async Task<string> WaitForAsync(string expression, Func<string, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        var value = string.Empty;
        while (deadline.Elapsed < Patience)
        {
            value = await EvaluateAsync(expression);
            if (done(value))
            {
                return value;
            }

            await Task.Delay(100);
        }

        return value;
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject parameters)
    {
        var id = ++_nextId;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        using var timeout = new CancellationTokenSource(Patience);
        await _page.SendAsync(Encoding.UTF8.GetBytes(command.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await _page.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            // Events (no id) and replies to other commands are skipped.
            var reply = JsonNode.Parse(message.ToArray())!;
            if (reply["id"]?.GetValue<int>() == id)
            {
                Assert.True(reply["error"] is null, $"DevTools {method} failed: {reply["error"]?.ToJsonString()}");
                return reply;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _page.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's helpers may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
