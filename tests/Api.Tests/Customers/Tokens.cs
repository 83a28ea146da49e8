using System.Net;
using System.Text.Json;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Customers;

/// <summary>Real access tokens for people (signed by the running token service's key) and GraphQL calls with them.</summary>
public static class Tokens
{
    /// <summary>A token for a person of a tenant (or a platform principal when <paramref name="tenant"/> is null).</summary>
    public static Task<string> ForAsync(ApiStack stack, Guid? tenant, string subject, params string[] roles) =>
        TokenForgery.SignAsync(stack, tenant ?? Guid.Empty, d =>
        {
            d.Claims["sub"] = subject;
            d.Claims["client_id"] = "insurer-web";
            d.Claims["roles"] = roles;
            if (tenant is null)
            {
                d.Claims.Remove("tenant_id");
            }
        });

    /// <summary>POSTs the query and returns the response body (any status; the body is always GraphQL JSON).</summary>
    public static async Task<JsonElement> QueryAsync(ApiStack stack, string token, string query)
    {
        using var response = await stack.GraphQLAsync(query, token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The error codes of a response.</summary>
    public static IReadOnlyList<string?> ErrorCodes(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)]
            : [];

    /// <summary>Asserts the response has no errors and returns its data.</summary>
    public static JsonElement Data(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }
}
