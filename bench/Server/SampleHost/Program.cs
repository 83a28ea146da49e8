using System.Text.Json;
using Platform.GraphQL.SampleHost;
using Platform.GraphQL.Server;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(builder.Configuration["QuietLogs"] == "true" ? LogLevel.Warning : LogLevel.Information);
builder.Services.AddGraphQLServer(_ => SampleSchema.Build(), options => options.Limits.MaxCost = 100_000);

var app = builder.Build();
app.MapGraphQL("/graphql");

// The bare endpoints answer the same JSON the GraphQL endpoint gives for the benchmark queries, without GraphQL.
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
app.MapPost("/bare/typename", () => Results.Json(new { data = new { __typename = "Query" } }, json));
app.MapPost("/bare/items", () => Results.Json(new { data = new { items = SampleSchema.Items } }, json));
app.Run();
