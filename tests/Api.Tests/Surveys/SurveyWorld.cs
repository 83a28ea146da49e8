using Npgsql;
using Platform.Api.Tests.Customers;
using Platform.Domain.Entities;
using Platform.Domain.Persistence;

namespace Platform.Api.Tests.Surveys;

/// <summary>Survey responses written straight into a seeded insurer (as the owner, inside the tenant's RLS setting).</summary>
public static class SurveyWorld
{
    /// <summary>Stores one response per (interaction, overall score, attitude score) at the given instant.</summary>
    public static async Task<List<SurveyResponse>> AddAsync(InsurerData data, DateTimeOffset at, params (Interaction Interaction, short Overall, short? Attitude)[] answers)
    {
        await using var source = NpgsqlDataSource.Create(data.Stack.OwnerConnectionString);
        await using var work = await new TenantDatabase(source).BeginAsync(data.Tenant);
        var added = answers.Select((a, n) => new SurveyResponse
        {
            TenantId = data.Tenant,
            Id = Guid.CreateVersion7(),
            CustomerId = a.Interaction.CustomerId!.Value,
            InteractionId = a.Interaction.Id,
            AgentId = a.Interaction.AgentId,
            Channel = a.Interaction.Channel,
            OverallScore = a.Overall,
            AttitudeScore = a.Attitude,
            RespondedAt = at.AddMinutes(n),
        }).ToList();
        work.Db.SurveyResponses.AddRange(added);
        await work.CommitAsync();
        return added;
    }
}
