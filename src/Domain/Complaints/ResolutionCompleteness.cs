namespace Platform.Domain.Complaints;

/// <summary>Kind of measure taken to resolve a complaint (R-CMP-04).</summary>
public enum ResolutionMeasureKind
{
    ReService,
    Compensation,
    Training,
    ProcessChange,
    Explanation,
}

/// <summary>One measure of a complaint's resolution; compensation carries an amount and currency (R-CMP-04).</summary>
public sealed record ResolutionMeasure(ResolutionMeasureKind Kind, string? Description, decimal? Amount = null, string? Currency = null);

/// <summary>The written feedback to the customer (R-CMP-04).</summary>
/// <param name="Text">The full written text, kept as sent.</param>
/// <param name="Measures">The measures it states.</param>
/// <param name="CommunicatedAt">When it was given.</param>
/// <param name="HandlerId">Who handled the complaint.</param>
/// <param name="NextSteps">What happens next for the customer.</param>
public sealed record WrittenFeedback(string? Text, IReadOnlyList<ResolutionMeasure>? Measures, DateTimeOffset? CommunicatedAt, Guid? HandlerId, string? NextSteps);

/// <summary>A missing or invalid part of a resolution or feedback, with the field it concerns.</summary>
public sealed record CompletenessProblem(string Field, string Message);

/// <summary>
/// R-CMP-04: a resolution records its measures (re-service, compensation with amount, training, process change,
/// explanation); written feedback keeps its text and states measures, time, handler and next steps.
/// </summary>
public static class ResolutionCompleteness
{
    /// <summary>Problems with the recorded measures; empty when the resolution is complete.</summary>
    public static IReadOnlyList<CompletenessProblem> CheckMeasures(IReadOnlyList<ResolutionMeasure>? measures)
    {
        var problems = new List<CompletenessProblem>();
        if (measures is null || measures.Count == 0)
        {
            problems.Add(new("measures", "A resolution must record at least one measure."));
            return problems;
        }

        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            if (string.IsNullOrWhiteSpace(m.Description))
            {
                problems.Add(new($"measures[{i}].description", $"The {m.Kind} measure needs a description."));
            }

            if (m.Kind == ResolutionMeasureKind.Compensation)
            {
                if (m.Amount is not > 0m)
                {
                    problems.Add(new($"measures[{i}].amount", "Compensation must state a positive amount."));
                }

                if (string.IsNullOrWhiteSpace(m.Currency))
                {
                    problems.Add(new($"measures[{i}].currency", "Compensation must state its currency."));
                }
            }
            else if (m.Amount is not null)
            {
                problems.Add(new($"measures[{i}].amount", $"Only compensation carries an amount, not {m.Kind}."));
            }
        }

        return problems;
    }

    /// <summary>Problems with written feedback; empty when it states text, measures, time, handler and next steps.</summary>
    public static IReadOnlyList<CompletenessProblem> CheckFeedback(WrittenFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var problems = new List<CompletenessProblem>();
        if (string.IsNullOrWhiteSpace(feedback.Text))
        {
            problems.Add(new("text", "Feedback must be written; its text is kept."));
        }

        problems.AddRange(CheckMeasures(feedback.Measures));
        if (feedback.CommunicatedAt is null)
        {
            problems.Add(new("communicatedAt", "Feedback must state when it was given."));
        }

        if (feedback.HandlerId is null || feedback.HandlerId == Guid.Empty)
        {
            problems.Add(new("handlerId", "Feedback must name the handler."));
        }

        if (string.IsNullOrWhiteSpace(feedback.NextSteps))
        {
            problems.Add(new("nextSteps", "Feedback must state the next steps."));
        }

        return problems;
    }
}
