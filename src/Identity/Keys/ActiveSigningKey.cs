using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Keys;

/// <summary>The decrypted key that signs right now, with the window in which it may sign.</summary>
public sealed record ActiveSigningKey(string KeyId, SigningCredentials Credentials, DateTimeOffset SignsFrom, DateTimeOffset SignsUntil);
