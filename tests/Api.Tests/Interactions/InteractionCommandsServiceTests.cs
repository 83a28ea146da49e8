using Npgsql;
using Platform.Api.Interactions.Commands;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Persistence;
using Platform.Domain.Staff;
using Platform.Testing;

namespace Platform.Api.Tests.Interactions;

/// <summary>The command service against the real database under row-level security, with a manual clock.</summary>
[Collection(InteractionsDatabase.Name)]
public sealed class InteractionCommandsServiceTests(PostgresCluster cluster) : IAsyncLifetime
{
    // Wednesday 2026-11-18 is an ordinary working day in Asia/Shanghai.
    private readonly ManualClock _clock = new(ManualClock.Shanghai(2026, 11, 18, 10, 0));
    private NpgsqlDataSource _source = null!;
    private InteractionWorld _world = null!;

    public async Task InitializeAsync()
    {
        var database = await cluster.CreateDatabaseAsync("interactions");
        var app = cluster.ConnectionString(DatabaseRoles.App, database);
        _world = await InteractionWorld.CreateAsync(cluster.ConnectionString(DatabaseRoles.Owner, database), app, "svc");
        _source = NpgsqlDataSource.Create(app);
    }

    public async Task DisposeAsync() => await _source.DisposeAsync();

    private async Task<T> AsAsync<T>(Guid staffId, Func<InteractionCommands, Task<T>> act, params StaffRole[] roles)
    {
        await using var work = await new TenantDatabase(_source).BeginAsync(_world.TenantId);
        var actor = new CommandActor(_world.TenantId, _world.SubjectOf(staffId), (roles.Length == 0 ? [StaffRole.Agent] : roles).ToHashSet());
        var result = await act(new InteractionCommands(work.Db, actor, new InteractionClock(_clock)));
        await work.CommitAsync();
        return result;
    }

    private Task<InteractionCommandResult> StartInboundAsync(Guid agent, TimeSpan ringing) =>
        AsAsync(agent, c => c.StartAsync(new StartInteractionCommand(InteractionChannel.InboundCall, _world.AdultId, null, null, _clock.GetUtcNow() - ringing)));

    [Fact]
    public async Task Inbound_call_answered_after_16_seconds_is_flagged_late_and_after_15_is_not_R_CALL_01()
    {
        var late = await StartInboundAsync(_world.AgentId, TimeSpan.FromSeconds(16));
        var onTime = await StartInboundAsync(_world.AgentId, TimeSpan.FromSeconds(15));

        Assert.Empty(late.Errors);
        Assert.True(late.Interaction!.LateAnswer);
        Assert.False(onTime.Interaction!.LateAnswer);
    }

    [Fact]
    public async Task An_agent_without_a_full_onboarding_pass_cannot_start_an_interaction_R_AGT_01()
    {
        var result = await StartInboundAsync(_world.UncertifiedAgentId, TimeSpan.FromSeconds(3));

        var error = Assert.IsType<AgentNotCertifiedError>(Assert.Single(result.Errors));
        Assert.Equal([CertificationGap.OnboardingNotFullPass], error.Gaps);
        Assert.Null(result.Interaction);
    }

    [Fact]
    public async Task Outbound_service_call_is_refused_at_0829_and_allowed_at_0830_on_a_working_day_R_CALL_05()
    {
        _clock.Set(ManualClock.Shanghai(2026, 11, 18, 8, 29));
        var early = await AsAsync(_world.AgentId, c => c.StartAsync(new StartInteractionCommand(InteractionChannel.OutboundCall, _world.AdultId, null, CallPurpose.Service, null)));
        _clock.Set(ManualClock.Shanghai(2026, 11, 18, 8, 30));
        var onTime = await AsAsync(_world.AgentId, c => c.StartAsync(new StartInteractionCommand(InteractionChannel.OutboundCall, _world.AdultId, null, CallPurpose.Service, null)));

        Assert.Equal("R-CALL-05", Assert.IsType<CallingWindowError>(Assert.Single(early.Errors)).Rule);
        Assert.Empty(onTime.Errors);
        Assert.Equal(CallPurpose.Service, onTime.Interaction!.Purpose);
    }

    [Fact]
    public async Task Three_failed_verifications_lock_and_a_later_correct_proof_is_refused_R_CALL_03()
    {
        var call = (await StartInboundAsync(_world.AgentId, TimeSpan.FromSeconds(2))).Interaction!;
        var wrong = new VerifyIdentityCommand(call.Id, VerificationMethod.PolicyAndIdNumber, "999999", "0000", null, null, false, null);
        var right = wrong with { PolicyNumberLast6 = InteractionWorld.AdultPolicyNumber[^6..], IdNumberLast4 = InteractionWorld.AdultIdNumber[^4..] };

        var first = await AsAsync(_world.AgentId, c => c.VerifyIdentityAsync(wrong));
        await AsAsync(_world.AgentId, c => c.VerifyIdentityAsync(wrong));
        var third = await AsAsync(_world.AgentId, c => c.VerifyIdentityAsync(wrong));
        var afterLock = await AsAsync(_world.AgentId, c => c.VerifyIdentityAsync(right));

        Assert.Equal(2, Assert.IsType<IdentityVerificationFailedError>(Assert.Single(first.Errors)).RemainingAttempts);
        Assert.True(Assert.IsType<IdentityVerificationFailedError>(Assert.Single(third.Errors)).Locked);
        Assert.IsType<VerificationLockedError>(Assert.Single(afterLock.Errors));
        Assert.False(afterLock.Verified);
        Assert.True(afterLock.Interaction!.VerificationLocked);
        Assert.Equal(3, afterLock.Interaction.FailedVerificationCount);
    }

    [Fact]
    public async Task Late_wrap_up_is_a_service_defect_and_card_numbers_are_masked_R_CALL_07_R_PII_05()
    {
        var call = (await StartInboundAsync(_world.AgentId, TimeSpan.FromSeconds(2))).Interaction!;
        await AsAsync(_world.AgentId, c => c.EndAsync(new EndInteractionCommand(call.Id)));
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var result = await AsAsync(_world.AgentId, c => c.RecordWrapUpAsync(
            new RecordWrapUpCommand(call.Id, "Customer read card 4111 1111 1111 1111 to pay the premium.", OutcomeTag.Valid)));

        Assert.Empty(result.Errors);
        Assert.True(result.Interaction!.LateWrapUp);
        Assert.Equal("Customer read card **** **** **** 1111 to pay the premium.", result.Interaction.Summary);
    }

    [Fact]
    public async Task Another_agents_interaction_is_not_found_and_the_supervisor_may_escalate_it_R_CALL_04()
    {
        var call = (await StartInboundAsync(_world.AgentId, TimeSpan.FromSeconds(2))).Interaction!;
        var escalate = new EscalateInteractionCommand(call.Id, EscalationKind.SystemProblem, "Claims system down");

        var byOther = await AsAsync(_world.OtherTeamAgentId, c => c.EscalateAsync(escalate));
        var bySupervisor = await AsAsync(_world.SupervisorId, c => c.EscalateAsync(escalate), StaffRole.Supervisor);

        Assert.IsType<InteractionNotFoundError>(Assert.Single(byOther.Errors));
        Assert.Empty(bySupervisor.Errors);
        Assert.Equal(Urgency.Urgent, bySupervisor.Interaction!.Urgency);
        Assert.Equal(_clock.GetUtcNow().AddHours(24), bySupervisor.Interaction.CallbackDueAt);
    }
}
