using Platform.Api.Hosting;

var app = ApiApplication.Build(args);
await app.RunAsync();
