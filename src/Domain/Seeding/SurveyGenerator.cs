using Platform.Domain.Complaints;
using Platform.Domain.Interactions;

namespace Platform.Domain.Seeding;

/// <summary>One survey response.</summary>
public sealed record SurveyRow(
    Guid TenantId, Guid Id, Guid CustomerId, Guid? InteractionId, Guid? ComplaintId, Guid? PolicyId, Guid? AgentId,
    InteractionChannel? Channel, short? Attitude, short? Efficiency, short? Professionalism, short? Content, short? FollowUp,
    short Overall, string? Comment, DateTime RespondedAt);

/// <summary>
/// Generates survey responses linked to exactly one interaction, complaint or policy, at most one per linked record
/// (R-SAT-04), with about nine in ten overall scores of 4 or 5 (R-SAT-01); a low score on a complaint's closing survey
/// only where the complaint is under review (R-SAT-03).
/// </summary>
public sealed class SurveyGenerator(TenantWorld world, InteractionGenerator interactions, ComplaintGenerator complaints, PolicyGenerator policies)
{
    private static readonly string[] Praise = ["坐席很耐心，解释清楚", "处理速度快", "服务专业，非常满意", "回访及时"];
    private static readonly string[] Criticism = ["等待时间太长", "问题没有一次解决", "答复不够清楚", "需要多次来电"];

    /// <summary>All survey responses in order.</summary>
    public IEnumerable<SurveyRow> All()
    {
        for (var k = 0; k < world.Scale.Surveys; k++)
        {
            yield return Generate(k);
        }
    }

    /// <summary>Survey response k.</summary>
    public SurveyRow Generate(int k)
    {
        var random = world.Random(SeedTable.Survey, k);
        var id = world.Id(SeedTable.Survey, k);
        if (k % 10 == 0 && k / 10 < world.Scale.Complaints)
        {
            var complaint = complaints.Generate(k / 10);
            if (complaint.Status is ComplaintStatus.FeedbackGiven or ComplaintStatus.UnderReview or ComplaintStatus.Archived)
            {
                // Only a complaint under review may carry a 1-2 closing score (R-SAT-03 would have sent it to review).
                var overall = complaint.Status == ComplaintStatus.UnderReview && random.Chance(0.6)
                    ? (short)random.Between(1, 2)
                    : (short)random.Between(3, 5);
                var responded = Before(complaint.FeedbackGivenAt!.Value.AddMinutes(random.Between(30, 600)), ref random);
                return Scores(id, complaint.ComplainantId, null, complaint.Id, null, null, null, overall, responded, followUp: true, ref random);
            }
        }

        if (k % 10 != 1)
        {
            var stride = Math.Max(1, world.Scale.Interactions / world.Scale.Surveys);
            var j = (k * stride) + random.Next(stride);
            var interaction = j < world.Scale.Interactions ? interactions.Generate(j) : null;
            var surveyable = interaction is { CustomerId: not null }
                && (interaction.AnsweredAt is not null || interaction.Channel is not (InteractionChannel.InboundCall or InteractionChannel.OutboundCall));
            if (surveyable)
            {
                var responded = Before(interaction!.EndedAt!.Value.AddMinutes(random.Between(10, 2880)), ref random);
                return Scores(id, interaction.CustomerId!.Value, interaction.Id, null, null, interaction.AgentId, interaction.Channel,
                    Overall(ref random), responded, followUp: false, ref random);
            }
        }

        // Policy surveys use policy k/10 for k % 10 == 1 and a disjoint range from the end for fall-backs.
        var p = k % 10 == 1 ? k / 10 : world.Scale.Policies - 1 - k;
        var policy = policies.Generate(p);
        var at = Before(policy.CreatedAt.AddDays(random.Between(1, 30)), ref random);
        return Scores(id, policy.PolicyholderId, null, null, policy.Id, null, null, Overall(ref random), at, followUp: false, ref random);
    }

    // No response is dated after the seed's reference date.
    private static DateTime Before(DateTime at, ref SeedRandom random)
    {
        var latest = SeedClock.Utc(SeedClock.AsOf, 0);
        return at < latest ? at : latest.AddMinutes(-random.Between(10, 600));
    }

    private static short Overall(ref SeedRandom random) => (short)(random.Weighted([2, 3, 5, 30, 60]) + 1);

    private SurveyRow Scores(
        Guid id, Guid customer, Guid? interaction, Guid? complaint, Guid? policy, Guid? agent, InteractionChannel? channel,
        short overall, DateTime responded, bool followUp, ref SeedRandom random)
    {
        short Near(ref SeedRandom r) => (short)Math.Clamp(overall + r.Between(-1, 1), 1, 5);
        var attitude = Near(ref random);
        var efficiency = Near(ref random);
        var professionalism = Near(ref random);
        var content = random.Chance(0.8) ? Near(ref random) : (short?)null;
        var follow = followUp || random.Chance(0.3) ? Near(ref random) : (short?)null;
        var comment = random.Chance(0.2) ? (overall >= 4 ? random.Pick(Praise) : random.Pick(Criticism)) : null;
        return new SurveyRow(world.Tenant.Id, id, customer, interaction, complaint, policy, agent, channel,
            attitude, efficiency, professionalism, content, follow, overall, comment, responded);
    }
}
