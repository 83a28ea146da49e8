using Platform.Api.Data;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Surveys;

/// <summary>
/// Which survey responses the caller reads: quality inspectors and compliance all; an agent those about their own
/// service; a supervisor those of their teams' agents; a customer their own answers; everybody else none (R-TEN-02).
/// </summary>
internal static class SurveyScope
{
    /// <summary>The responses in the caller's scope.</summary>
    public static IQueryable<SurveyResponse> Apply(RowScope scope, PlatformDbContext db, IQueryable<SurveyResponse> query)
    {
        if (scope.AllInteractions)
        {
            return query;
        }

        bool byAgent = scope.AgentId is not null, bySupervisor = scope.SupervisorId is not null, byCustomer = scope.OwnCustomerId is not null;
        if (!byAgent && !bySupervisor && !byCustomer)
        {
            return query.Where(_ => false);
        }

        // Guid.Empty never matches a row, so a role without its record sees nothing through that role.
        var agent = scope.AgentId ?? Guid.Empty;
        var supervisor = scope.SupervisorId ?? Guid.Empty;
        var customer = scope.OwnCustomerId ?? Guid.Empty;
        return query.Where(s =>
            (byAgent && s.AgentId == agent)
            || (bySupervisor && (s.AgentId == supervisor
                || db.StaffMembers.Any(m => m.Id == s.AgentId && db.Teams.Any(t => t.Id == m.TeamId && t.SupervisorId == supervisor))))
            || (byCustomer && s.CustomerId == customer));
    }
}
