using Platform.Api.Callers;
using Platform.Api.Confidentiality;
using Platform.Api.Customers;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Interactions.Read;
using Platform.Api.Policies;
using Platform.Api.Relay;
using Platform.Domain.Confidentiality;
using Platform.GraphQL.Types;

namespace Platform.Api.Schema;

/// <summary>Builds the executable schema from <c>schema/schema.graphql</c> and binds its resolvers.</summary>
public static class ApiSchema
{
    /// <summary>The copy of <c>schema/schema.graphql</c> placed beside the assembly at build time.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "schema.graphql");

    /// <summary>The field middleware of the API, outermost first: authorization, personal data, mutation transactions.</summary>
    public static IReadOnlyList<Platform.GraphQL.Execution.FieldMiddleware> FieldMiddleware { get; } =
        [AuthorizeDirective.Apply, PiiDirective.Apply, MutationCommit.Apply];

    /// <summary>Reads and builds the schema; an invalid file fails start-up with every problem listed.</summary>
    public static Platform.GraphQL.Types.Schema Load(string? path = null)
    {
        path ??= DefaultPath;
        var sdl = File.ReadAllText(path);
        var builder = new SchemaBuilder()
            .AddTypeDefinitions(sdl, "schema.graphql")
            .BindEnum<Role>("Role")
            .BindEnum<PiiKind>("PiiKind")
            .BindPageInfo()
            .ResolveType("UserError", UserErrors.TypeOf)
            .Bind("Query", "me", context => ValueTask.FromResult<object?>(Viewer.FromPrincipal(context.CallerOf())));
        NodeSchema.Bind(builder);
        CustomersSchema.Bind(builder);
        PoliciesSchema.Bind(builder);
        InteractionsReadSchema.Bind(builder);
        Platform.Api.Recordings.Graph.RecordingsSchema.Bind(builder);
        Platform.Api.Administration.AdministrationSchema.Bind(builder);
        Platform.Api.Interactions.Commands.InteractionsCommandSchema.Bind(builder);
        Platform.Api.Surveys.SurveysSchema.Bind(builder);
        Platform.Api.Training.TrainingSchema.Bind(builder);
        Platform.Api.Quality.QualitySchema.Bind(builder);
        Platform.Api.Complaints.ComplaintsSchema.Bind(builder);
        Platform.Api.Complaints.Events.ComplaintEventsSchema.Bind(builder);
        return builder.Build();
    }
}
