using Platform.Domain.Complaints;
using Platform.Domain.Tenancy;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Complaints;

public class ReviewTests
{
    private static readonly Guid Handler = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-0000000000b2");

    [Fact]
    public void R_CMP_05_handler_cannot_review_own_complaint()
    {
        var check = ReviewRecusal.Check(Handler, Handler);
        Assert.False(check.Allowed);
        Assert.Contains("handler", check.Reason);
    }

    [Fact]
    public void R_CMP_05_another_staff_member_may_review()
    {
        Assert.True(ReviewRecusal.Check(Handler, Other).Allowed);
        Assert.True(ReviewRecusal.Check(null, Other).Allowed);
        Assert.False(ReviewRecusal.Check(Handler, Guid.Empty).Allowed);
    }

    [Theory]
    [InlineData(ComplaintStatus.UnderReview, ComplaintStatus.Archived, true)]
    [InlineData(ComplaintStatus.UnderReview, ComplaintStatus.Investigating, true)]
    [InlineData(ComplaintStatus.FeedbackGiven, ComplaintStatus.UnderReview, false)]
    [InlineData(ComplaintStatus.Investigating, ComplaintStatus.Resolved, false)]
    [InlineData(ComplaintStatus.UnderReview, ComplaintStatus.Resolved, false)]
    public void R_CMP_05_review_decisions_are_the_moves_out_of_under_review(ComplaintStatus from, ComplaintStatus to, bool isReview)
    {
        Assert.Equal(isReview, ReviewRecusal.IsReviewDecision(from, to));
    }

    [Fact]
    public void R_CMP_09_customer_review_request_is_open_through_day_30_after_the_decision()
    {
        var decision = Shanghai(2025, 3, 1, 16, 0);
        Assert.Equal(new DateOnly(2025, 3, 31), ReviewRequestWindow.LastDay(decision, TenantTimeZone.Default));
        Assert.True(ReviewRequestWindow.IsOpen(decision, Shanghai(2025, 3, 31, 23, 59), TenantTimeZone.Default));
        Assert.False(ReviewRequestWindow.IsOpen(decision, Shanghai(2025, 4, 1, 0, 0), TenantTimeZone.Default));
    }

    [Fact]
    public void R_CMP_09_request_before_the_decision_is_not_a_review_request()
    {
        Assert.False(ReviewRequestWindow.IsOpen(Shanghai(2025, 3, 1, 16, 0), Shanghai(2025, 3, 1, 15, 59), TenantTimeZone.Default));
    }

    [Fact]
    public void R_CMP_09_window_uses_tenant_local_dates()
    {
        // 2025-03-01 20:00 UTC is already 2025-03-02 04:00 in Shanghai, so the window runs through 2025-04-01 local.
        var decision = new DateTimeOffset(2025, 3, 1, 20, 0, 0, TimeSpan.Zero);
        Assert.True(ReviewRequestWindow.IsOpen(decision, Shanghai(2025, 4, 1, 12, 0), TenantTimeZone.Default));
    }

    [Fact]
    public void R_CMP_09_customer_requested_review_recuses_the_original_handler()
    {
        Assert.False(ReviewRecusal.Check(Handler, Handler).Allowed);
        Assert.True(ReviewRecusal.Check(Handler, Other).Allowed);
    }
}
