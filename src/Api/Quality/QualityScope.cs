using Platform.Api.Callers;
using Platform.Api.Data;

namespace Platform.Api.Quality;

/// <summary>
/// Whose quality metrics the caller reads (domain "Quality metrics"): quality inspectors and compliance every
/// agent's; a supervisor the members of the teams they lead; anybody else nobody.
/// </summary>
internal sealed record QualityScope(bool All, Guid? SupervisorId)
{
    /// <summary>The caller's scope.</summary>
    public static async ValueTask<QualityScope> ForAsync(OperationCaller caller, OperationWork work, CancellationToken ct)
    {
        if (caller.HasAny(Role.QualityInspector, Role.ComplianceOfficer))
        {
            return new QualityScope(true, null);
        }

        if (!caller.Has(Role.Supervisor))
        {
            return new QualityScope(false, null);
        }

        // Guid.Empty never matches a team's supervisor, so a supervisor without a staff record sees nobody.
        var record = await caller.RecordAsync(work, ct);
        return new QualityScope(false, record.StaffId ?? Guid.Empty);
    }

    /// <summary>The SQL condition on the staff member <c>m</c>, adding its parameters through <paramref name="parameter"/>.</summary>
    public string Condition(Func<object, string> parameter)
    {
        if (All)
        {
            return "true";
        }

        return SupervisorId is { } supervisor
            ? $"EXISTS (SELECT 1 FROM teams t WHERE t.tenant_id = m.tenant_id AND t.id = m.team_id AND t.supervisor_id = {parameter(supervisor)})"
            : "false";
    }
}
