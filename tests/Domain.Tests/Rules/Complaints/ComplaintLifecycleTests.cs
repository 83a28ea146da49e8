using Platform.Domain.Complaints;

namespace Platform.Domain.Tests.Rules.Complaints;

public class ComplaintLifecycleTests
{
    public static TheoryData<ComplaintStatus, ComplaintStatus> Allowed => new()
    {
        { ComplaintStatus.Received, ComplaintStatus.Accepted },
        { ComplaintStatus.Accepted, ComplaintStatus.Investigating },
        { ComplaintStatus.Investigating, ComplaintStatus.Resolved },
        { ComplaintStatus.Resolved, ComplaintStatus.FeedbackGiven },
        { ComplaintStatus.FeedbackGiven, ComplaintStatus.UnderReview },
        { ComplaintStatus.UnderReview, ComplaintStatus.Archived },
        { ComplaintStatus.UnderReview, ComplaintStatus.Investigating },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void R_CMP_01_listed_transitions_are_allowed(ComplaintStatus from, ComplaintStatus to)
    {
        var decision = ComplaintLifecycle.Decide(from, to);
        Assert.True(decision.Allowed);
        Assert.Null(decision.RefusalMessage);
    }

    [Fact]
    public void R_CMP_01_every_other_pair_of_statuses_is_refused()
    {
        var allowed = Allowed.Select(row => ((ComplaintStatus)row[0], (ComplaintStatus)row[1])).ToHashSet();
        var refused = 0;
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var to in Enum.GetValues<ComplaintStatus>())
            {
                if (!allowed.Contains((from, to)))
                {
                    Assert.False(ComplaintLifecycle.CanTransition(from, to), $"{from} -> {to} must be refused");
                    refused++;
                }
            }
        }

        Assert.Equal((7 * 7) - 7, refused);
    }

    [Fact]
    public void R_CMP_01_review_sending_back_to_investigating_is_a_reopening()
    {
        Assert.True(ComplaintLifecycle.Decide(ComplaintStatus.UnderReview, ComplaintStatus.Investigating).IsReopening);
        Assert.False(ComplaintLifecycle.Decide(ComplaintStatus.Accepted, ComplaintStatus.Investigating).IsReopening);
    }

    [Fact]
    public void R_CMP_01_refusal_names_current_status_and_allowed_next()
    {
        var decision = ComplaintLifecycle.Decide(ComplaintStatus.Received, ComplaintStatus.Resolved);
        Assert.False(decision.Allowed);
        Assert.Equal(ComplaintStatus.Received, decision.Current);
        Assert.Equal([ComplaintStatus.Accepted], decision.AllowedNext);
        Assert.Equal("A complaint in status RECEIVED cannot move to RESOLVED; allowed: ACCEPTED.", decision.RefusalMessage);
    }

    [Fact]
    public void Every_status_is_named_as_the_api_names_it()
    {
        Assert.Equal(
            ["RECEIVED", "ACCEPTED", "INVESTIGATING", "RESOLVED", "FEEDBACK_GIVEN", "UNDER_REVIEW", "ARCHIVED"],
            Enum.GetValues<ComplaintStatus>().Select(s => s.Name()));
    }

    [Fact]
    public void R_CMP_01_refusals_use_the_status_names_of_the_api()
    {
        Assert.Equal(
            "A complaint in status RESOLVED cannot move to UNDER_REVIEW; allowed: FEEDBACK_GIVEN.",
            ComplaintLifecycle.Decide(ComplaintStatus.Resolved, ComplaintStatus.UnderReview).RefusalMessage);
        Assert.Equal("A complaint in status ARCHIVED cannot change status.", ComplaintLifecycle.Decide(ComplaintStatus.Archived, ComplaintStatus.Accepted).RefusalMessage);
    }

    [Fact]
    public void R_CMP_01_archived_is_final_and_skipping_review_is_refused()
    {
        Assert.Empty(ComplaintLifecycle.AllowedNext(ComplaintStatus.Archived));
        Assert.Contains("cannot change status", ComplaintLifecycle.Decide(ComplaintStatus.Archived, ComplaintStatus.Investigating).RefusalMessage);
        Assert.False(ComplaintLifecycle.CanTransition(ComplaintStatus.FeedbackGiven, ComplaintStatus.Archived));
        Assert.False(ComplaintLifecycle.CanTransition(ComplaintStatus.Resolved, ComplaintStatus.Investigating));
        Assert.False(ComplaintLifecycle.CanTransition(ComplaintStatus.Accepted, ComplaintStatus.Accepted));
    }
}
