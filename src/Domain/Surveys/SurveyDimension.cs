namespace Platform.Domain.Surveys;

/// <summary>A scored dimension of a satisfaction survey (1-5 Likert).</summary>
public enum SurveyDimension
{
    Attitude,
    Efficiency,
    Professionalism,
    Content,
    FollowUp,
}
