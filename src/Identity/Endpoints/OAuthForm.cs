using Microsoft.Extensions.Primitives;

namespace Platform.Identity.Endpoints;

/// <summary>The parameters of a form-encoded OAuth request, refusing repeated parameters (RFC 6749 §3.2).</summary>
public sealed class OAuthForm
{
    private readonly IReadOnlyDictionary<string, StringValues> _values;

    private OAuthForm(IReadOnlyDictionary<string, StringValues> values) => _values = values;

    /// <summary>Reads the request body; returns an error when it is not a form or repeats a parameter.</summary>
    public static async Task<(OAuthForm? Form, OAuthError? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, OAuthError.InvalidRequest("The request body must be application/x-www-form-urlencoded."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, OAuthError.InvalidRequest("The request body is not a valid form."));
        }

        return FromValues(form.ToDictionary(p => p.Key, p => p.Value));
    }

    /// <summary>Wraps query or form values; returns an error when a parameter is repeated.</summary>
    public static (OAuthForm? Form, OAuthError? Error) FromValues(IReadOnlyDictionary<string, StringValues> values)
    {
        foreach (var (name, value) in values)
        {
            if (value.Count > 1)
            {
                return (null, OAuthError.InvalidRequest($"Parameter '{Truncate(name)}' is repeated."));
            }
        }

        return (new OAuthForm(values), null);
    }

    /// <summary>The parameter's value, or null when absent or empty.</summary>
    public string? this[string name] =>
        _values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value.ToString()) ? value.ToString() : null;

    /// <summary>Shortens attacker-controlled text before it is echoed or logged.</summary>
    public static string Truncate(string value) => value.Length <= 64 ? value : value[..64];
}
