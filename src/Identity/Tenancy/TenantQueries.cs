using Npgsql;

namespace Platform.Identity.Tenancy;

/// <summary>The SQL that reads the domain's tenants table; the only place that knows its shape.</summary>
internal static class TenantQueries
{
    internal const string SelectById = "SELECT id, code, status FROM public.tenants WHERE id = $1";
    internal const string SelectAll = "SELECT id, code, status FROM public.tenants ORDER BY code";

    internal static TenantInfo Read(NpgsqlDataReader reader)
    {
        var status = reader.GetValue(2)?.ToString() ?? "";
        var active = status == nameof(Platform.Domain.Tenancy.TenantStatus.Active);
        return new TenantInfo(reader.GetGuid(0), reader.GetString(1), active);
    }
}
