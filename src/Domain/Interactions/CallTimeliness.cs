namespace Platform.Domain.Interactions;

/// <summary>
/// R-CALL-01: inbound calls are answered within 15 seconds (3 rings); a later answer is flagged lateAnswer
/// (the agent apologises) and counts in quality metrics.
/// </summary>
public static class AnswerTimeliness
{
    /// <summary>Longest wait from the call being offered to an answer.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(15);

    /// <summary>Whether an answer came later than 15 seconds after the call was offered.</summary>
    /// <exception cref="ArgumentException">The answer precedes the call being offered.</exception>
    public static bool IsLateAnswer(DateTimeOffset offeredAt, DateTimeOffset answeredAt)
    {
        if (answeredAt < offeredAt)
        {
            throw new ArgumentException("A call cannot be answered before it is offered.", nameof(answeredAt));
        }

        return answeredAt - offeredAt > AnswerWithin;
    }
}

/// <summary>A missing part of a call's wrap-up.</summary>
public enum WrapUpProblem
{
    ContentMissing,
    OutcomeTagMissing,
    RecordedBeforeCallEnded,
}

/// <summary>The judgement of a call's wrap-up (R-CALL-07).</summary>
/// <param name="IsServiceDefect">Recorded more than 5 minutes after the call ended (服务瑕疵).</param>
/// <param name="Problems">What is missing or inconsistent; the wrap-up cannot be saved while any remain.</param>
public sealed record WrapUpAssessment(bool IsServiceDefect, IReadOnlyList<WrapUpProblem> Problems)
{
    /// <summary>True when the wrap-up is complete (it may still be a late, defective one).</summary>
    public bool IsComplete => Problems.Count == 0;
}

/// <summary>
/// R-CALL-07: after a call the agent records its content and an outcome tag (VALID, INVALID, REFUSED) within 5
/// minutes of the call's end; a later record is flagged as a service defect.
/// </summary>
public static class WrapUpTimeliness
{
    /// <summary>Longest time from the call's end to its wrap-up record.</summary>
    public static readonly TimeSpan RecordWithin = TimeSpan.FromMinutes(5);

    /// <summary>Judges a wrap-up recorded at the given instant.</summary>
    public static WrapUpAssessment Assess(DateTimeOffset callEndedAt, DateTimeOffset recordedAt, string? content, OutcomeTag? outcome)
    {
        var problems = new List<WrapUpProblem>();
        if (string.IsNullOrWhiteSpace(content))
        {
            problems.Add(WrapUpProblem.ContentMissing);
        }

        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            problems.Add(WrapUpProblem.OutcomeTagMissing);
        }

        if (recordedAt < callEndedAt)
        {
            problems.Add(WrapUpProblem.RecordedBeforeCallEnded);
        }

        return new WrapUpAssessment(recordedAt - callEndedAt > RecordWithin, problems);
    }
}
