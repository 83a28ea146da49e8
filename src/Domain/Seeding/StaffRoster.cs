using Platform.Domain.Staff;

namespace Platform.Domain.Seeding;

/// <summary>
/// Lays out a tenant's staff by number: admins, compliance officers, trainers, quality inspectors, complaint
/// handlers, supervisors, then agents in teams of ten led by one supervisor each. Pure arithmetic, so interaction
/// and complaint generators can name a staff member without loading the staff table.
/// </summary>
public sealed class StaffRoster
{
    /// <summary>Agents per team.</summary>
    public const int TeamSize = 10;

    // One agent in 37 (the 10th, 47th, ...) has not passed onboarding or the psychological assessment, so even the
    // smallest seed has someone the R-AGT-01 gate refuses.
    private const int UncertifiedEvery = 37;
    private const int UncertifiedAt = 9;

    private readonly (StaffRole Role, int Start, int Count)[] _blocks;

    /// <summary>Builds the roster for a scale.</summary>
    public StaffRoster(SeedScale scale)
    {
        Agents = scale.Agents;
        Teams = (Agents + TeamSize - 1) / TeamSize;
        var start = 0;
        _blocks =
        [
            Block(StaffRole.TenantAdmin, 2, ref start),
            Block(StaffRole.ComplianceOfficer, 2, ref start),
            Block(StaffRole.Trainer, 2, ref start),
            Block(StaffRole.QualityInspector, scale.QualityInspectors, ref start),
            Block(StaffRole.ComplaintHandler, scale.ComplaintHandlers, ref start),
            Block(StaffRole.Supervisor, Teams, ref start),
            Block(StaffRole.Agent, Agents, ref start),
        ];
        Total = start;
    }

    /// <summary>Number of staff members.</summary>
    public int Total { get; }

    /// <summary>Number of agents.</summary>
    public int Agents { get; }

    /// <summary>Number of teams (one supervisor each).</summary>
    public int Teams { get; }

    /// <summary>The staff index of the n-th holder of a primary role.</summary>
    public int IndexOf(StaffRole role, int n)
    {
        var block = _blocks.First(b => b.Role == role);
        return block.Start + (n % block.Count);
    }

    /// <summary>How many staff have the primary role.</summary>
    public int CountOf(StaffRole role) => _blocks.First(b => b.Role == role).Count;

    /// <summary>The primary role of a staff member.</summary>
    public StaffRole PrimaryRole(int staffIndex) => _blocks.First(b => staffIndex < b.Start + b.Count).Role;

    /// <summary>All roles of a staff member: some people hold two (e.g. the first complaint handler also takes calls).</summary>
    public IReadOnlyList<StaffRole> Roles(int staffIndex)
    {
        var primary = PrimaryRole(staffIndex);
        if (staffIndex == IndexOf(StaffRole.ComplaintHandler, 0))
        {
            return [primary, StaffRole.Agent];
        }

        if (staffIndex == IndexOf(StaffRole.Supervisor, 0))
        {
            return [primary, StaffRole.QualityInspector];
        }

        if (staffIndex == IndexOf(StaffRole.TenantAdmin, 0))
        {
            return [primary, StaffRole.Trainer];
        }

        return [primary];
    }

    /// <summary>The team of a staff member: agents by number, supervisors lead team n; others have none.</summary>
    public int? TeamOf(int staffIndex) => PrimaryRole(staffIndex) switch
    {
        StaffRole.Agent => (staffIndex - IndexOf(StaffRole.Agent, 0)) / TeamSize,
        StaffRole.Supervisor => staffIndex - IndexOf(StaffRole.Supervisor, 0),
        _ => null,
    };

    /// <summary>Whether a staff member who takes calls has passed onboarding (100%) and the psychological assessment.</summary>
    public bool IsCertifiedAgent(int staffIndex)
    {
        if (staffIndex == IndexOf(StaffRole.ComplaintHandler, 0))
        {
            return true;
        }

        var agentNumber = staffIndex - IndexOf(StaffRole.Agent, 0);
        return agentNumber >= 0 && agentNumber % UncertifiedEvery != UncertifiedAt;
    }

    /// <summary>A random certified agent (the only staff allowed to start interactions, R-AGT-01).</summary>
    public int PickCertifiedAgent(ref SeedRandom random)
    {
        var agentNumber = random.Next(Agents);
        if (agentNumber % UncertifiedEvery == UncertifiedAt)
        {
            agentNumber--;
        }

        return IndexOf(StaffRole.Agent, agentNumber);
    }

    private static (StaffRole, int, int) Block(StaffRole role, int count, ref int start)
    {
        var block = (role, start, count);
        start += count;
        return block;
    }
}
