using Microsoft.EntityFrameworkCore;
using Platform.Api.Data;
using Platform.Api.Relay;
using Platform.Api.Schema;
using Platform.Domain.Entities;
using Platform.Domain.Interactions;
using Platform.Domain.Surveys;
using Platform.GraphQL.Execution;

namespace Platform.Api.Surveys;

/// <summary>The survey list: row scope, filters by score, dimension and period, keyset order.</summary>
public static class SurveyQueries
{
    private static readonly KeysetOrder<SurveyResponse, DateTimeOffset> RespondedDesc = new("responded-desc", s => s.RespondedAt, s => s.Id, descending: true);
    private static readonly KeysetOrder<SurveyResponse, DateTimeOffset> RespondedAsc = new("responded", s => s.RespondedAt, s => s.Id, descending: false);
    private static readonly KeysetOrder<SurveyResponse, short> ScoreDesc = new("overall-desc", s => s.OverallScore, s => s.Id, descending: true);
    private static readonly KeysetOrder<SurveyResponse, short> ScoreAsc = new("overall", s => s.OverallScore, s => s.Id, descending: false);

    /// <summary>One page of survey responses for the caller.</summary>
    public static async Task<Connection<SurveyResponse>> PageAsync(
        OperationWork work, OperationCaller caller, PageRequest page, IReadOnlyDictionary<string, object?>? filter,
        IReadOnlyDictionary<string, object?>? order, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        var query = Filter(SurveyScope.Apply(scope, db, db.SurveyResponses.AsNoTracking()), filter);
        var descending = order.Get<string>("direction") != "ASC";
        return order.Get<string>("field") switch
        {
            "OVERALL_SCORE" => await Keyset.PageAsync(query, descending ? ScoreDesc : ScoreAsc, page, ct),
            _ => await Keyset.PageAsync(query, descending ? RespondedDesc : RespondedAsc, page, ct),
        };
    }

    /// <summary>Survey responses by id, limited to the caller's scope (node lookups).</summary>
    public static async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var scope = await RowScope.ForAsync(caller, work, ct);
        var db = await work.DbAsync(ct);
        return await SurveyScope.Apply(scope, db, db.SurveyResponses.AsNoTracking())
            .Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (object)s, ct);
    }

    private static IQueryable<SurveyResponse> Filter(IQueryable<SurveyResponse> query, IReadOnlyDictionary<string, object?>? filter)
    {
        var range = filter.Get<IReadOnlyDictionary<string, object?>>("score");
        var min = (short)Math.Max(range.GetValue<int>("min") ?? SurveyScale.Min, SurveyScale.Min);
        var max = (short)Math.Min(range.GetValue<int>("max") ?? SurveyScale.Max, SurveyScale.Max);
        query = filter.GetValue<SurveyDimension>("dimension") switch
        {
            SurveyDimension.Attitude => query.Where(s => s.AttitudeScore >= min && s.AttitudeScore <= max),
            SurveyDimension.Efficiency => query.Where(s => s.EfficiencyScore >= min && s.EfficiencyScore <= max),
            SurveyDimension.Professionalism => query.Where(s => s.ProfessionalismScore >= min && s.ProfessionalismScore <= max),
            SurveyDimension.Content => query.Where(s => s.ContentScore >= min && s.ContentScore <= max),
            SurveyDimension.FollowUp => query.Where(s => s.FollowUpScore >= min && s.FollowUpScore <= max),
            _ when range is not null => query.Where(s => s.OverallScore >= min && s.OverallScore <= max),
            _ => query,
        };

        if (filter.GetValue<DateTimeOffset>("respondedFrom") is { } from)
        {
            query = query.Where(s => s.RespondedAt >= from);
        }

        if (filter.GetValue<DateTimeOffset>("respondedBefore") is { } before)
        {
            query = query.Where(s => s.RespondedAt < before);
        }

        if (filter.GetValue<Guid>("agentId") is { } agent)
        {
            query = query.Where(s => s.AgentId == agent);
        }

        if (filter.List<InteractionChannel>("channels") is { } channels)
        {
            var wanted = channels.Cast<InteractionChannel?>().ToArray();
            query = query.Where(s => wanted.Contains(s.Channel));
        }

        return query;
    }
}
