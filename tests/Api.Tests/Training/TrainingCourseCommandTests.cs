using System.Text.Json;
using Platform.Api.Tests.Customers;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Training;

/// <summary>createTrainingCourse and updateTrainingCourse: trainers keep the catalogue; refusals are typed payload errors.</summary>
[Collection(ApiCollection.Name)]
public sealed class TrainingCourseCommandTests(ApiEnvironment environment)
{
    private const string Create = """
        mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) {
          trainingCourse { id code title kind hours }
          errors { __typename ... on UserError { code message } ... on TrainingCourseInvalidError { field } } } }
        """;

    private const string Update = """
        mutation($input: UpdateTrainingCourseInput!) { updateTrainingCourse(input: $input) {
          trainingCourse { id code title kind hours }
          errors { __typename ... on UserError { code message } ... on TrainingCourseInvalidError { field } } } }
        """;

    [Fact]
    public async Task A_trainer_creates_a_course_that_the_catalogue_lists_and_records_can_use()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "course-new", customers: 1, interactionsPerPolicy: 0);
        var trainer = await data.TokenAsync("trainer", "TRAINER");

        var created = await MutateAsync(data, trainer, "createTrainingCourse", Create, new { code = " ONB-2026 ", title = " Onboarding 2026 ", kind = "ONBOARDING", hours = "7.5" });

        Assert.Empty(created.GetProperty("errors").EnumerateArray());
        var course = created.GetProperty("trainingCourse");
        Assert.Equal(("ONB-2026", "Onboarding 2026", "ONBOARDING", 7.5m), (
            course.GetProperty("code").GetString(), course.GetProperty("title").GetString(), course.GetProperty("kind").GetString(), Hours(course)));
        var listed = Tokens.Data(await data.QueryAsync(await data.TokenAsync("agent1", "AGENT"), "{ trainingCourses(filter: { codePrefix: \"ONB-\" }) { nodes { id code } } }"));
        Assert.Equal(course.GetProperty("id").GetString(), listed.GetProperty("trainingCourses").GetProperty("nodes").EnumerateArray().Single().GetProperty("id").GetString());

        // The new course credits its hours to a record by default.
        var recorded = Tokens.Data(await data.QueryAsync(trainer, $$"""
            mutation { recordTraining(input: { staffId: "{{data.Agent1Id}}", courseId: "{{course.GetProperty("id").GetString()}}", completedOn: "2025-01-05", score: "100", passed: true }) {
              trainingRecord { hours course { code } } errors { __typename } } }
            """)).GetProperty("recordTraining");
        Assert.Equal(7.5m, Hours(recorded.GetProperty("trainingRecord")));
    }

    [Fact]
    public async Task Invalid_or_duplicate_courses_are_refused_with_typed_errors_and_nothing_is_stored()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "course-bad", customers: 1, interactionsPerPolicy: 0);
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        await MutateAsync(data, trainer, "createTrainingCourse", Create, new { code = "CMP-1", title = "Privacy", kind = "COMPLIANCE", hours = "2" });

        var duplicate = await MutateAsync(data, trainer, "createTrainingCourse", Create, new { code = "CMP-1", title = "Another", kind = "COMPLIANCE", hours = "2" });
        var invalid = await MutateAsync(data, trainer, "createTrainingCourse", Create, new { code = "CMP 2", title = "", kind = "COMPLIANCE", hours = "0.125" });
        var tooLong = await MutateAsync(data, trainer, "createTrainingCourse", Create, new { code = new string('C', 41), title = "T", kind = "COMPLIANCE", hours = "1001" });

        Assert.Equal(JsonValueKind.Null, duplicate.GetProperty("trainingCourse").ValueKind);
        Assert.Equal(("TrainingCourseCodeTakenError", "TRAINING_COURSE_CODE_TAKEN"), Error(duplicate, 0));
        Assert.Equal(["code", "title", "hours"], Fields(invalid));
        Assert.All(invalid.GetProperty("errors").EnumerateArray(), e => Assert.Equal("TRAINING_COURSE_INVALID", e.GetProperty("code").GetString()));
        Assert.Equal(["code", "hours"], Fields(tooLong));
        var catalogue = Tokens.Data(await data.QueryAsync(trainer, "{ trainingCourses { totalCount nodes { title } } }")).GetProperty("trainingCourses");
        Assert.Equal(1, catalogue.GetProperty("totalCount").GetInt32());
        Assert.Equal("Privacy", catalogue.GetProperty("nodes")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_trainer_changes_title_and_hours_but_unknown_courses_and_invalid_values_are_refused()
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "course-edit", customers: 1, interactionsPerPolicy: 0);
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        var id = (await MutateAsync(data, trainer, "createTrainingCourse", Create, new { code = "REF-1", title = "Refresher", kind = "QUARTERLY_REFRESHER", hours = "4" }))
            .GetProperty("trainingCourse").GetProperty("id").GetString();

        var renamed = await MutateAsync(data, trainer, "updateTrainingCourse", Update, new { id, title = "Refresher Q1" });
        var longer = await MutateAsync(data, trainer, "updateTrainingCourse", Update, new { id, hours = "8" });
        var invalid = await MutateAsync(data, trainer, "updateTrainingCourse", Update, new { id, title = " ", hours = "-1" });
        var unknown = await MutateAsync(data, trainer, "updateTrainingCourse", Update, new { id = InsurerData.Id("TrainingCourse", Guid.NewGuid()), title = "x" });
        var wrongType = await MutateAsync(data, trainer, "updateTrainingCourse", Update, new { id = InsurerData.Id("Policy", data.Policies[0].Id), title = "x" });

        Assert.Equal(("Refresher Q1", 4m, "REF-1", "QUARTERLY_REFRESHER"), Course(renamed));
        Assert.Equal(("Refresher Q1", 8m, "REF-1", "QUARTERLY_REFRESHER"), Course(longer));
        Assert.Equal(["title", "hours"], Fields(invalid));
        Assert.Equal(JsonValueKind.Null, invalid.GetProperty("trainingCourse").ValueKind);
        Assert.Equal(("TrainingCourseNotFoundError", "TRAINING_COURSE_NOT_FOUND"), Error(unknown, 0));
        Assert.Equal(("TrainingCourseNotFoundError", "TRAINING_COURSE_NOT_FOUND"), Error(wrongType, 0));
        var stored = Tokens.Data(await data.QueryAsync(trainer, $"{{ node(id: \"{id}\") {{ ... on TrainingCourse {{ title hours }} }} }}")).GetProperty("node");
        Assert.Equal(("Refresher Q1", 8m), (stored.GetProperty("title").GetString(), Hours(stored)));
    }

    [Theory]
    [InlineData("admin", "TENANT_ADMIN")]
    [InlineData("agent1", "AGENT")]
    [InlineData("supervisor", "SUPERVISOR")]
    [InlineData("compliance", "COMPLIANCE_OFFICER")]
    [InlineData("customer", "CUSTOMER")]
    public async Task Only_trainers_keep_the_catalogue(string who, string role)
    {
        var data = await InsurerData.SeedAsync(environment.Stack, "course-role", customers: 1, interactionsPerPolicy: 0);
        var token = await data.TokenAsync(who, role);
        var trainer = await data.TokenAsync("trainer", "TRAINER");
        var id = (await MutateAsync(data, trainer, "createTrainingCourse", Create, new { code = "PRD-1", title = "Products", kind = "PRODUCT_UPDATE", hours = "1" }))
            .GetProperty("trainingCourse").GetProperty("id").GetString();

        var create = await GraphQLAsync(data, token, Create, new { code = "PRD-2", title = "Products", kind = "PRODUCT_UPDATE", hours = "1" });
        var update = await GraphQLAsync(data, token, Update, new { id, title = "Changed" });

        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(create));
        Assert.Contains("FORBIDDEN", Tokens.ErrorCodes(update));
        var catalogue = Tokens.Data(await data.QueryAsync(trainer, "{ trainingCourses { nodes { code title } } }")).GetProperty("trainingCourses").GetProperty("nodes");
        Assert.Equal([("PRD-1", "Products")], catalogue.EnumerateArray().Select(c => (c.GetProperty("code").GetString(), c.GetProperty("title").GetString())));
    }

    private static async Task<JsonElement> MutateAsync(InsurerData data, string token, string field, string document, object input) =>
        Tokens.Data(await GraphQLAsync(data, token, document, input)).GetProperty(field);

    private static async Task<JsonElement> GraphQLAsync(InsurerData data, string token, string document, object input)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = document, variables = new { input } }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await data.Stack.Api.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static (string?, string?) Error(JsonElement payload, int index) =>
        (payload.GetProperty("errors")[index].GetProperty("__typename").GetString(), payload.GetProperty("errors")[index].GetProperty("code").GetString());

    private static List<string?> Fields(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString())];

    private static (string?, decimal, string?, string?) Course(JsonElement payload)
    {
        var course = payload.GetProperty("trainingCourse");
        return (course.GetProperty("title").GetString(), Hours(course), course.GetProperty("code").GetString(), course.GetProperty("kind").GetString());
    }

    private static decimal Hours(JsonElement value) => decimal.Parse(value.GetProperty("hours").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
