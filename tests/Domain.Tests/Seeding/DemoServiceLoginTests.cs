using Platform.Domain.Seeding;
using Platform.Domain.Staff;

namespace Platform.Domain.Tests.Seeding;

/// <summary>The demo's service clients act as the first holder of their role, so the demo can do every role's work.</summary>
public sealed class DemoServiceLoginTests
{
    [Fact]
    public void The_first_holder_of_each_role_is_the_roles_demo_service_client_and_nobody_else_has_a_login()
    {
        var world = new TenantWorld(DemoTenants.AnkangLife, SeedScale.Of(1));
        var staff = new StaffGenerator(world).Staff().ToList();
        var logins = staff.Where(s => s.UserId is not null).ToList();

        Assert.Equal(Enum.GetValues<StaffRole>().Length, logins.Count);
        var handler = staff[world.Roster.IndexOf(StaffRole.ComplaintHandler, 0)];
        Assert.Equal("ankang-life-complaint-handler-service", handler.UserId);
        Assert.Equal("ankang-life-quality-inspector-service", staff[world.Roster.IndexOf(StaffRole.QualityInspector, 0)].UserId);
        Assert.Equal("ankang-life-agent-service", staff[world.Roster.IndexOf(StaffRole.Agent, 0)].UserId);
        Assert.Null(staff[world.Roster.IndexOf(StaffRole.Agent, 1)].UserId);
        Assert.True(world.Roster.IsCertifiedAgent(world.Roster.IndexOf(StaffRole.Agent, 0)));
    }
}
