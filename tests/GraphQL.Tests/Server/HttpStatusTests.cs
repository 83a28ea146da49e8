using System.Net;
using System.Text.Json;

namespace Platform.GraphQL.Tests.Server;

/// <summary>GraphQL over HTTP: methods, media types and the status code of every case the spec names.</summary>
public sealed class HttpStatusTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_with_graphql_response_json_returns_data_with_that_media_type()
    {
        var response = await _host.PostAsync(new { query = "query Q($n: String) { hello(name: $n) }", variables = new { n = "Ann" }, operationName = "Q" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var json = await GraphQLTestHost.JsonAsync(response);
        Assert.Equal("Hello, Ann!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("text/plain, application/json;q=0.5")]
    public async Task Missing_wildcard_or_json_accept_answers_application_json(string? accept)
    {
        var response = await _host.PostRawAsync("""{"query":"{ __typename }"}""", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Accept_quality_order_is_respected()
    {
        var response = await _host.PostRawAsync("""{"query":"{ __typename }"}""", "application/json;q=0.5, application/graphql-response+json");
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Unacceptable_accept_gives_406()
    {
        var response = await _host.PostRawAsync("""{"query":"{ __typename }"}""", "text/xml");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Unsupported_content_type_gives_415(string contentType)
    {
        var response = await _host.PostRawAsync("""{"query":"{ __typename }"}""", contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{bad json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"query": 1}""")]
    [InlineData("""{"query": "{ __typename }", "variables": "x"}""")]
    [InlineData("""{"query": "{ __typename }", "variables": [1]}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": 3}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": "x"}""")]
    [InlineData("""{"query":"{ a }","operationName":"\ud800"}""")]
    [InlineData("""{"query":"{ __typename }\udc00"}""")]
    [InlineData("""{"documentId":"\ud800abc"}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"\ud800"}}}""")]
    [InlineData("""{"\ud800":1,"query":"{ __typename }"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":{"\ud800":1}}""")]
    public async Task Malformed_requests_give_400_for_both_media_types(string body)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var response = await _host.PostRawAsync(body, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var json = await GraphQLTestHost.JsonAsync(response);
            Assert.Equal("BAD_REQUEST", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Theory]
    [InlineData("""{"query":"query($s: String) { hello(name: $s) }","variables":{"s":"\ud800"}}""")]
    [InlineData("""{"query":"query($s: String) { hello(name: $s) }","variables":{"\ud800":"x","s":"y"}}""")]
    [InlineData("""{"query":"query($s: String) { hello(name: $s) }","variables":{"\ud800":"x"}}""")]
    public async Task Lone_surrogates_in_variables_are_bad_user_input(string body)
    {
        var response = await _host.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await GraphQLTestHost.JsonAsync(response);
        Assert.Equal("BAD_USER_INPUT", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{ hello(", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Document_errors_are_400_for_graphql_response_json_and_200_for_json(string query, string code)
    {
        var strict = await _host.PostAsync(new { query });
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        var strictJson = await GraphQLTestHost.JsonAsync(strict);
        Assert.False(strictJson.TryGetProperty("data", out _));
        Assert.Equal(code, strictJson.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var legacy = await _host.PostAsync(new { query }, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_for_graphql_response_json_and_200_for_json()
    {
        var body = new { query = "query Q($n: String) { hello(name: $n) }", variables = new { n = new[] { 1, 2 } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostAsync(body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(body, accept: "application/json")).StatusCode);
    }

    [Fact]
    public async Task Field_errors_with_data_are_200()
    {
        var response = await _host.PostAsync(new { query = "{ hello boom }" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await GraphQLTestHost.JsonAsync(response);
        Assert.Equal("Hello, world!", json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_runs_queries_with_json_encoded_variables()
    {
        var query = Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Bo"}""");
        var response = await _host.GetAsync($"?query={query}&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Bo!", (await GraphQLTestHost.JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        var response = await _host.GetAsync("?query=" + Uri.EscapeDataString("mutation { echo(text: \"x\") }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        var response = await _host.PostAsync(new { query = "mutation { echo(text: \"x\") }" });
        Assert.Equal("x", (await GraphQLTestHost.JsonAsync(response)).GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_without_query_is_400_and_bad_variables_json_is_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.GetAsync("?query=%7B__typename%7D&variables=%7Bnope")).StatusCode);
    }

    [Fact]
    public async Task Unsupported_method_is_405_with_allow()
    {
        var response = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Unknown_operation_name_is_a_request_error()
    {
        var response = await _host.PostAsync(new { query = "query A { hello } query B { hello }", operationName = "C" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await GraphQLTestHost.JsonAsync(response)).TryGetProperty("data", out _));
    }

    /// <summary>
    /// The status of every case GraphQL over HTTP names, for both response media types (the spec's appendix table):
    /// well-formed requests with document or variable errors are 200 for application/json and 400 without data for
    /// application/graphql-response+json; malformed requests are 400 and method refusals 405 for both.
    /// </summary>
    [Theory]
    [InlineData("POST", """{"query":"{ hello }"}""", 200, 200)]
    [InlineData("GET", "?query={ hello }", 200, 200)]
    [InlineData("POST", """{"query":"{ hello("}""", 400, 200)]
    [InlineData("GET", "?query={ hello(", 400, 200)]
    [InlineData("POST", """{"query":"{ nope }"}""", 400, 200)]
    [InlineData("POST", """{"query":"query Q($n: Int!) { hello }","variables":{"n":"x"}}""", 400, 200)]
    [InlineData("POST", """{"query":"query Q($n: Int!) { hello }"}""", 400, 200)]
    [InlineData("POST", """{"query":"query A { hello } query B { hello }"}""", 400, 200)]
    [InlineData("POST", """{"query":"{ hello boom }"}""", 200, 200)]
    [InlineData("POST", "{not json", 400, 400)]
    [InlineData("POST", """{"variables":{}}""", 400, 400)]
    [InlineData("GET", "", 400, 400)]
    [InlineData("GET", "?query={ hello }&variables=[1]", 400, 400)]
    [InlineData("GET", "?query=mutation { echo(text: \"x\") }", 405, 405)]
    [InlineData("GET", "?query=subscription { ticks(count: 1) }", 405, 405)]
    public async Task Status_code_of_each_case_for_both_media_types(string method, string request, int graphqlResponseJson, int applicationJson)
    {
        foreach (var (accept, expected) in new[] { ("application/graphql-response+json", graphqlResponseJson), ("application/json", applicationJson) })
        {
            var response = method == "GET"
                ? await _host.GetAsync(request.Length == 0 ? "" : "?" + string.Join('&', request[1..].Split('&').Select(Encoded)), accept)
                : await _host.PostRawAsync(request, accept);
            Assert.True(expected == (int)response.StatusCode, $"{method} {request} with Accept {accept}: {(int)response.StatusCode}, expected {expected}");
            Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
            var json = await GraphQLTestHost.JsonAsync(response);
            if (expected != 200)
            {
                Assert.False(json.TryGetProperty("data", out _), "a refused request carries no data");
                Assert.True(json.GetProperty("errors").GetArrayLength() > 0);
            }
        }

        static string Encoded(string pair) => pair[..(pair.IndexOf('=') + 1)] + Uri.EscapeDataString(pair[(pair.IndexOf('=') + 1)..]);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Nothing_acceptable_is_406_for_get_and_post(string method)
    {
        var response = method == "GET"
            ? await _host.GetAsync("?query=%7Bhello%7D", accept: "application/xml")
            : await _host.PostRawAsync("""{"query":"{ hello }"}""", "application/xml, text/plain;q=0.5");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()) };
        var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Extensions_of_the_request_are_passed_through_to_the_host_hook()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.OnOperation = (_, operation) =>
        {
            foreach (var (name, value) in operation.Extensions ?? new Dictionary<string, object?>())
            {
                operation.Items["extension:" + name] = value;
            }

            return ValueTask.CompletedTask;
        });
        var response = await host.PostAsync(new { query = "{ extension(name: \"trace\") }", extensions = new { trace = "abc" } });
        Assert.Equal("abc", (await GraphQLTestHost.JsonAsync(response)).GetProperty("data").GetProperty("extension").GetString());
    }

    [Fact]
    public async Task Browser_get_serves_the_ide_page_without_external_assets()
    {
        var response = await _host.GetAsync("", accept: "text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("graphql-transport-ws", html);
        Assert.DoesNotContain("<script src=\"http", html);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
    }
}
