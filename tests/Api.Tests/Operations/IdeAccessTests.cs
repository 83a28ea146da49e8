using System.Net;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary>A browser opens the IDE without a token; every operation still needs one.</summary>
[Collection(ApiCollection.Name)]
public sealed class IdeAccessTests(ApiEnvironment environment)
{
    private HttpClient Api => environment.Stack.Api;

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?query=%7B%20me%20%7B%20subject%20%7D%20%7D")]
    public async Task The_ide_page_opens_without_a_token_and_runs_nothing(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await Api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("\"data\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_same_query_as_json_without_a_token_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20me%20%7B%20subject%20%7D%20%7D");
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await Api.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ide_files_outside_the_packages_are_not_served()
    {
        using var response = await Api.GetAsync("/graphql/ide-assets/..%2F..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
