using Microsoft.AspNetCore.Authorization;

namespace Platform.Api.Authentication;

/// <summary>The caller's tenant must be active; tokens of a suspended tenant are refused at once (R-TEN-03).</summary>
public sealed class ActiveTenantRequirement : IAuthorizationRequirement;

/// <summary>Checks <see cref="ActiveTenantRequirement"/> against the cached tenant status.</summary>
public sealed class ActiveTenantHandler(TenantStatusCache tenants) : AuthorizationHandler<ActiveTenantRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveTenantRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var tenantId = context.User.GetTenantId();
        if (tenantId is null && context.User.FindFirst(PlatformClaims.TenantId) is not null)
        {
            // A tenant claim that is not a uuid is a malformed token, never a platform principal.
            return;
        }

        if (tenantId is null || await tenants.IsActiveAsync(tenantId.Value, CancellationToken.None))
        {
            context.Succeed(requirement);
        }
    }
}
