using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Platform.Identity.Auditing;
using Platform.Identity.Hosting;
using Platform.Identity.Persistence;
using Platform.Identity.Tenancy;
using Platform.Identity.Tokens;
using Platform.Identity.Users;

namespace Platform.Identity.Endpoints;

/// <summary>/connect/authorize: validates the request, shows the sign-in page, and answers with a one-time code.</summary>
public static class AuthorizeEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/connect/authorize";

    /// <summary>Message for both wrong credentials and unknown users.</summary>
    public const string InvalidCredentialsMessage = "The user name or password is incorrect.";

    /// <summary>Message for a locked account, shown the same way for unknown user names.</summary>
    public const string LockedOutMessage = "Too many failed sign-ins. This account is temporarily locked; try again later.";

    /// <summary>Maps GET (show the page) and POST (sign in).</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ShowAsync);
        endpoints.MapPost(Path, SignInAsync).DisableAntiforgery();
    }

    private static async Task<IResult> ShowAsync(HttpContext context, TokenServiceDbContext db, IAntiforgery antiforgery, IOptions<TokenServiceOptions> options, CancellationToken ct)
    {
        var (form, _) = OAuthForm.FromValues(context.Request.Query.ToDictionary(p => p.Key, p => p.Value));
        if (form is null)
        {
            return LoginPage.Error(context, "The request repeats a parameter.");
        }

        var validation = await AuthorizationRequest.ValidateAsync(form, db, ct);
        if (validation.Request is null)
        {
            return Refuse(context, validation, options.Value.Issuer);
        }

        return LoginPage.Form(context, HiddenFields(form, antiforgery, context), message: null);
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        TokenServiceDbContext db,
        IAntiforgery antiforgery,
        PasswordSignIn signIn,
        TenantGate tenantGate,
        AuditTrail audit,
        TimeProvider clock,
        IOptions<TokenServiceOptions> options,
        CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return LoginPage.Error(context, "The sign-in form was not submitted correctly.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return LoginPage.Error(context, "The sign-in form has expired. Start again from the application.");
        }

        var (form, _) = OAuthForm.FromValues((await context.Request.ReadFormAsync(ct)).ToDictionary(p => p.Key, p => p.Value));
        if (form is null)
        {
            return LoginPage.Error(context, "The request repeats a parameter.");
        }

        var issuer = options.Value.Issuer;
        var validation = await AuthorizationRequest.ValidateAsync(form, db, ct);
        if (validation.Request is not { } request)
        {
            return Refuse(context, validation, issuer);
        }

        var userName = form["username"];
        var password = form["password"];
        if (userName is null || password is null || userName.Length > 256 || password.Length > 1024)
        {
            return LoginPage.Form(context, HiddenFields(form, antiforgery, context), InvalidCredentialsMessage, StatusCodes.Status400BadRequest);
        }

        var outcome = await signIn.SignInAsync(userName, password, request.Client.ClientId, ct);
        if (outcome.Status == SignInStatus.LockedOut)
        {
            return LoginPage.Form(context, HiddenFields(form, antiforgery, context), LockedOutMessage, StatusCodes.Status423Locked);
        }

        if (outcome.User is not { } user)
        {
            return LoginPage.Form(context, HiddenFields(form, antiforgery, context), InvalidCredentialsMessage, StatusCodes.Status401Unauthorized);
        }

        if (!await tenantGate.AllowsAsync(user.TenantId, request.Client.ClientId, ct))
        {
            return LoginPage.Error(context, "Sign-in is not possible: your organisation's access is suspended.", StatusCodes.Status403Forbidden);
        }

        if (request.Client.TenantId is { } clientTenant && clientTenant != user.TenantId)
        {
            audit.Raise(AuditEventNames.TenantMismatch, clientTenant, request.Client.ClientId, user.Id.ToString(), $"user of tenant {user.TenantId}");
            return Results.Redirect(new AuthorizationRedirect(request.RedirectUri, request.State,
                [("error", "access_denied"), ("error_description", "The user does not belong to this application's tenant.")]).ToLocation(issuer));
        }

        var code = OpaqueToken.Create();
        var now = clock.GetUtcNow();
        db.AuthorizationCodes.Add(new AuthorizationCode
        {
            CodeHash = OpaqueToken.Hash(code),
            ClientId = request.Client.ClientId,
            UserId = user.Id,
            TenantId = user.TenantId,
            RedirectUri = request.RedirectUri,
            Scope = request.Scope,
            Nonce = request.Nonce,
            CodeChallenge = request.CodeChallenge,
            AuthenticatedAt = now,
            CreatedAt = now,
            ExpiresAt = now + options.Value.EffectiveAuthorizationCodeLifetime,
        });
        await db.SaveChangesAsync(ct);
        return Results.Redirect(new AuthorizationRedirect(request.RedirectUri, request.State, [("code", code)]).ToLocation(issuer));
    }

    private static IResult Refuse(HttpContext context, AuthorizationValidation validation, string issuer) =>
        validation.ErrorRedirect is { } redirect
            ? Results.Redirect(redirect.ToLocation(issuer))
            : LoginPage.Error(context, validation.ErrorPageMessage ?? "Invalid request.");

    private static List<(string, string)> HiddenFields(OAuthForm form, IAntiforgery antiforgery, HttpContext context)
    {
        var fields = AuthorizationRequest.ParameterNames
            .Select(name => (name, form[name]))
            .Where(f => f.Item2 is not null)
            .Select(f => (f.name, f.Item2!))
            .ToList();
        var tokens = antiforgery.GetAndStoreTokens(context);
        fields.Add((tokens.FormFieldName, tokens.RequestToken!));
        return fields;
    }
}
