using Platform.Identity.Hosting;

var app = IdentityApplication.Build(args);
await IdentityApplication.PrepareAsync(app);
await app.RunAsync();

/// <summary>The token service's entry point.</summary>
public partial class Program;
