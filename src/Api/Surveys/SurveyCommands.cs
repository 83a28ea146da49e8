using Microsoft.EntityFrameworkCore;
using Platform.Api.Callers;
using Platform.Api.Complaints;
using Platform.Api.Data;
using Platform.Api.Errors;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Confidentiality;
using Platform.Domain.Entities;
using Platform.Domain.Surveys;

namespace Platform.Api.Surveys;

/// <summary>Stores survey answers: one per customer and linked record (R-SAT-04), scores on the 1-5 scale.</summary>
public static class SurveyCommands
{
    /// <summary>The longest comment kept.</summary>
    public const int MaxCommentLength = 2000;

    private static readonly string[] DimensionFields = ["attitudeScore", "efficiencyScore", "professionalismScore", "contentScore", "followUpScore"];

    /// <summary>A stored response, or the errors that refused it.</summary>
    public sealed record Result(SurveyResponse? SurveyResponse, IReadOnlyList<UserError> Errors);

    /// <summary>
    /// Validates and stores one answer; refusals write nothing. A complaint's survey may put the complaint into review
    /// (R-SAT-03) at the time of <paramref name="complaintClock"/>, the clock of every complaint transition.
    /// </summary>
    public static async Task<Result> SubmitAsync(
        OperationWork work, OperationCaller caller, IReadOnlyDictionary<string, object?> input, DateTimeOffset now, ComplaintClock complaintClock, CancellationToken ct)
    {
        var scoreErrors = ValidateScores(input);
        if (scoreErrors.Count > 0)
        {
            return new Result(null, scoreErrors);
        }

        var targets = new[] { ("interactionId", "Interaction"), ("complaintId", "Complaint"), ("policyId", "Policy") }
            .Where(t => input.Get<string>(t.Item1) is not null).ToList();
        if (targets.Count != 1)
        {
            return Invalid("Name exactly one of interactionId, complaintId or policyId.");
        }

        var (field, type) = targets[0];
        if (!GlobalId.TryDecode(input.Get<string>(field), out var decodedType, out var targetId) || decodedType != type)
        {
            return NotFound();
        }

        var record = await caller.RecordAsync(work, ct);
        Guid customerId;
        if (caller.Has(Role.Customer) && !caller.Has(Role.QualityInspector))
        {
            if (record.CustomerId is not { } own)
            {
                return NotFound();
            }

            customerId = own;
        }
        else if (GlobalId.TryDecode(input.Get<string>("customerId"), out var customerType, out var given) && customerType == "Customer")
        {
            customerId = given;
        }
        else
        {
            return Invalid("Staff name the answering customer with customerId.");
        }

        var db = await work.DbAsync(ct);
        var response = new SurveyResponse
        {
            TenantId = work.TenantId!.Value,
            Id = Guid.CreateVersion7(),
            CustomerId = customerId,
            OverallScore = (short)input.GetValue<int>("overallScore")!.Value,
            AttitudeScore = Score(input, "attitudeScore"),
            EfficiencyScore = Score(input, "efficiencyScore"),
            ProfessionalismScore = Score(input, "professionalismScore"),
            ContentScore = Score(input, "contentScore"),
            FollowUpScore = Score(input, "followUpScore"),
            Comment = input.Get<string>("comment") is { Length: > 0 } comment ? CardNumberRedaction.Redact(comment.Trim()) : null,
            RespondedAt = now,
        };

        SurveyTargetKind kind;
        switch (type)
        {
            case "Interaction":
                var interaction = await db.Interactions.AsNoTracking().Where(i => i.Id == targetId && i.CustomerId == customerId)
                    .Select(i => new { i.AgentId, i.Channel }).FirstOrDefaultAsync(ct);
                if (interaction is null)
                {
                    return NotFound();
                }

                (response.InteractionId, response.AgentId, response.Channel, kind) = (targetId, interaction.AgentId, interaction.Channel, SurveyTargetKind.Interaction);
                break;
            case "Complaint":
                if (!await db.Complaints.AnyAsync(c => c.Id == targetId && c.ComplainantId == customerId, ct))
                {
                    return NotFound();
                }

                (response.ComplaintId, kind) = (targetId, SurveyTargetKind.Complaint);
                break;
            default:
                if (!await db.Policies.AnyAsync(p => p.Id == targetId && (p.PolicyholderId == customerId || p.InsuredId == customerId), ct))
                {
                    return NotFound();
                }

                (response.PolicyId, kind) = (targetId, SurveyTargetKind.Policy);
                break;
        }

        var answered = await db.SurveyResponses.AsNoTracking()
            .Where(s => s.CustomerId == customerId && (s.InteractionId == targetId || s.ComplaintId == targetId || s.PolicyId == targetId))
            .Select(s => new { s.InteractionId, s.ComplaintId, s.PolicyId }).ToListAsync(ct);
        var keys = answered.Select(a => a.InteractionId is { } i ? new SurveyAnswerKey(customerId, SurveyTargetKind.Interaction, i)
            : a.ComplaintId is { } c ? new SurveyAnswerKey(customerId, SurveyTargetKind.Complaint, c)
            : new SurveyAnswerKey(customerId, SurveyTargetKind.Policy, a.PolicyId!.Value));
        if (!SurveyUniqueness.MayAnswer(keys, new SurveyAnswerKey(customerId, kind, targetId)))
        {
            return new Result(null, [new UserError("SurveyAlreadyAnsweredError", "SURVEY_ALREADY_ANSWERED",
                "The customer has already answered the survey for this record (R-SAT-04).")]);
        }

        db.SurveyResponses.Add(response);
        if (response.ComplaintId is { } complaintId)
        {
            await new ComplaintCommands(db, ComplaintActor.System(work.TenantId!.Value), complaintClock)
                .ReviewAfterClosingSurveyAsync(complaintId, response.OverallScore, ct);
        }

        return new Result(response, []);
    }

    private static List<UserError> ValidateScores(IReadOnlyDictionary<string, object?> input)
    {
        var errors = new List<UserError>();
        void Bad(string field, string message) =>
            errors.Add(new UserError("SurveyScoreInvalidError", "SURVEY_SCORE_INVALID", message, new Dictionary<string, object?> { ["field"] = field }));

        foreach (var field in DimensionFields.Prepend("overallScore"))
        {
            if (input.GetValue<int>(field) is { } score && !SurveyScale.IsValid(score))
            {
                Bad(field, $"Scores run from {SurveyScale.Min} to {SurveyScale.Max}; {field} was {score}.");
            }
        }

        if (input.Get<string>("comment") is { Length: > MaxCommentLength })
        {
            Bad("comment", $"The comment must have at most {MaxCommentLength} characters.");
        }

        return errors;
    }

    private static short? Score(IReadOnlyDictionary<string, object?> input, string field) =>
        input.GetValue<int>(field) is { } score ? (short)score : null;

    private static Result Invalid(string message) =>
        new(null, [new UserError("SurveyTargetInvalidError", "SURVEY_TARGET_INVALID", message)]);

    private static Result NotFound() =>
        new(null, [new UserError("SurveyTargetNotFoundError", "SURVEY_TARGET_NOT_FOUND", "The surveyed record does not exist or does not concern this customer.")]);
}
