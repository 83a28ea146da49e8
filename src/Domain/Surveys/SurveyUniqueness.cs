namespace Platform.Domain.Surveys;

/// <summary>What a survey response is about.</summary>
public enum SurveyTargetKind
{
    Interaction,
    Complaint,
    Policy,
}

/// <summary>The identity of an answer for R-SAT-04: one customer, one linked record.</summary>
public readonly record struct SurveyAnswerKey(Guid CustomerId, SurveyTargetKind TargetKind, Guid TargetId);

/// <summary>R-SAT-04: a survey is answered at most once per linked record per customer.</summary>
public static class SurveyUniqueness
{
    /// <summary>Whether the customer may still answer the survey for this record, given the keys already answered.</summary>
    public static bool MayAnswer(IEnumerable<SurveyAnswerKey> alreadyAnswered, SurveyAnswerKey answer)
    {
        ArgumentNullException.ThrowIfNull(alreadyAnswered);
        if (answer.CustomerId == Guid.Empty || answer.TargetId == Guid.Empty)
        {
            return false;
        }

        return !alreadyAnswered.Contains(answer);
    }
}
