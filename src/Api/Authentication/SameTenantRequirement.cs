using Microsoft.AspNetCore.Authorization;

namespace Platform.Api.Authentication;

/// <summary>A resource's tenant must be the caller's tenant (R-TEN-01); platform principals (no tenant) never match (R-TEN-02).</summary>
public sealed class SameTenantRequirement : IAuthorizationRequirement;

/// <summary>Resource-based check of <see cref="SameTenantRequirement"/>; the resource is the tenant id.</summary>
public sealed class SameTenantHandler : AuthorizationHandler<SameTenantRequirement, Guid>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SameTenantRequirement requirement, Guid resourceTenantId)
    {
        if (context.User.GetTenantId() is { } callerTenant && callerTenant == resourceTenantId)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
