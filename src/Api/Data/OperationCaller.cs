using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Api.Authentication;
using Platform.Api.Callers;
using Platform.Domain.Confidentiality;
using Platform.Domain.Persistence;
using Platform.Domain.Staff;

namespace Platform.Api.Data;

/// <summary>
/// The caller of one operation in domain terms: tenant and roles from the token, and (read once, on demand) the staff
/// member or customer record whose <c>user_id</c> is the token's subject. Used for row scoping and clearance.
/// </summary>
public sealed class OperationCaller
{
    // Compiled once: every staff operation runs it (see RowScope's lookups for why).
    private static readonly Func<PlatformDbContext, string, CancellationToken, Task<CallerRecord?>> StaffOf = EF.CompileAsyncQuery(
        (PlatformDbContext db, string subject, CancellationToken ct) => db.StaffMembers.AsNoTracking().Where(s => s.UserId == subject)
            .Select(s => new CallerRecord(s.Id, s.TeamId, null)).FirstOrDefault());

    private readonly HashSet<Role> _roles;
    private CallerRecord? _record;

    /// <summary>Reads the caller from a validated principal (anonymous principals hold no roles and no tenant).</summary>
    public OperationCaller(ClaimsPrincipal principal)
    {
        Principal = principal;
        IsAuthenticated = principal.Identity?.IsAuthenticated == true;
        TenantId = principal.GetTenantId();
        Subject = principal.FindFirst(PlatformClaims.Subject)?.Value ?? "";
        ClientId = principal.FindFirst(PlatformClaims.ClientId)?.Value;
        Roles = RoleNames.Of(principal);
        _roles = [.. Roles];
    }

    /// <summary>The validated principal.</summary>
    public ClaimsPrincipal Principal { get; }

    /// <summary>False for an anonymous caller.</summary>
    public bool IsAuthenticated { get; }

    /// <summary>The tenant from the token; null for platform principals.</summary>
    public Guid? TenantId { get; }

    /// <summary>The token's subject.</summary>
    public string Subject { get; }

    /// <summary>The OAuth client.</summary>
    public string? ClientId { get; }

    /// <summary>The known roles of the token.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>True for a service client token (its subject is its client id).</summary>
    public bool IsServiceClient => ClientId is not null && Subject == ClientId;

    /// <summary>True when the caller holds the role.</summary>
    public bool Has(Role role) => _roles.Contains(role);

    /// <summary>True when the caller holds any of the roles.</summary>
    public bool HasAny(params Role[] roles) => roles.Any(_roles.Contains);

    /// <summary>The caller's row scope, once computed (see <see cref="RowScope.ForAsync"/>).</summary>
    internal RowScope? Scope { get; set; }

    /// <summary>The caller's staff member and customer records (looked up once per operation, by token subject).</summary>
    public async ValueTask<CallerRecord> RecordAsync(OperationWork work, CancellationToken ct)
    {
        if (_record is not null)
        {
            return _record;
        }

        if (work.TenantId is null || Subject.Length == 0)
        {
            return _record = CallerRecord.None;
        }

        var db = await work.DbAsync(ct);
        var subject = Subject;
        Guid? staffId = null, teamId = null, customerId = null;
        if (Has(Role.Customer))
        {
            customerId = await db.Customers.AsNoTracking().Where(c => c.UserId == subject).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        }

        if (Roles.Any(r => r is not (Role.Customer or Role.PlatformAdmin)))
        {
            var staff = await StaffOf(db, subject, ct);
            staffId = staff?.StaffId;
            teamId = staff?.TeamId;
        }

        return _record = new CallerRecord(staffId, teamId, customerId);
    }

    /// <summary>The viewer for clearance decisions (R-PII-03): a customer, or staff with the token's staff roles.</summary>
    public async ValueTask<DataViewer> ViewerAsync(OperationWork work, CancellationToken ct)
    {
        var record = await RecordAsync(work, ct);
        if (Has(Role.Customer) && !Roles.Any(IsStaffRole))
        {
            // A customer without a record of their own sees nobody's data in full.
            return DataViewer.Customer(record.CustomerId ?? Guid.Empty);
        }

        var staffRoles = Roles.Where(IsStaffRole).Select(r => Enum.Parse<StaffRole>(r.ToString())).ToArray();
        return DataViewer.Staff(record.StaffId ?? Guid.Empty, staffRoles);
    }

    private static bool IsStaffRole(Role role) => role is not (Role.Customer or Role.PlatformAdmin);
}

/// <summary>The records the token's subject maps to inside the tenant (null when it has none).</summary>
public sealed record CallerRecord(Guid? StaffId, Guid? TeamId, Guid? CustomerId)
{
    /// <summary>No records: platform principals, and service clients without a staff record.</summary>
    public static CallerRecord None { get; } = new(null, null, null);
}
