using Platform.Domain.Interactions;
using static Platform.Domain.Tests.Rules.TestCalendars;

namespace Platform.Domain.Tests.Rules.Interactions;

public class IdentityVerificationTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);
    private static readonly DateTimeOffset At = Shanghai(2025, 6, 15, 10, 0);

    private static VerificationSubject Customer(DateOnly birthDate) => new(
        "11010519491231002X", ["P2024-0001-338201", "AUTO-99-771045"], "13812345678", birthDate);

    private static readonly VerificationSubject Adult = Customer(new DateOnly(1985, 3, 2));
    private static readonly PolicyAndIdClaim Correct = new("338201", "002X");
    private static readonly PolicyAndIdClaim WrongId = new("338201", "1234");

    private static VerificationAttemptRecord Failure(int minutesLater) =>
        new(VerificationMethod.PolicyAndIdNumber, false, At.AddMinutes(minutesLater), null);

    [Fact]
    public void R_CALL_03_policy_last_6_and_id_last_4_verify_an_adult()
    {
        var result = IdentityVerification.Verify(Adult, Correct, [], At, Today);
        Assert.Equal(VerificationOutcome.Verified, result.Outcome);
        Assert.Equal(new VerificationAttemptRecord(VerificationMethod.PolicyAndIdNumber, true, At, null), result.Attempt);
    }

    [Fact]
    public void R_CALL_03_any_of_the_customers_policies_and_a_lowercase_x_are_accepted()
    {
        Assert.Equal(VerificationOutcome.Verified, IdentityVerification.Verify(Adult, new PolicyAndIdClaim("771045", "002x"), [], At, Today).Outcome);
    }

    [Fact]
    public void R_CALL_03_one_matching_factor_is_not_enough()
    {
        var result = IdentityVerification.Verify(Adult, WrongId, [], At, Today);
        Assert.Equal(VerificationOutcome.Failed, result.Outcome);
        Assert.False(result.Attempt!.Succeeded);
        Assert.Equal(1, result.FailureCount);
        Assert.Equal(2, result.RemainingAttempts);
        Assert.False(result.IsLocked);
        Assert.Equal(VerificationOutcome.Failed, IdentityVerification.Verify(Adult, new PolicyAndIdClaim("000000", "002X"), [], At, Today).Outcome);
    }

    [Theory]
    [InlineData("38201", "002X")]
    [InlineData("1338201", "002X")]
    [InlineData("338201", "02X")]
    [InlineData("", "")]
    public void R_CALL_03_factors_of_the_wrong_length_fail(string policyPart, string idPart)
    {
        Assert.Equal(VerificationOutcome.Failed, IdentityVerification.Verify(Adult, new PolicyAndIdClaim(policyPart, idPart), [], At, Today).Outcome);
    }

    [Fact]
    public void R_CALL_03_third_failure_locks_verification_for_the_interaction()
    {
        var third = IdentityVerification.Verify(Adult, WrongId, [Failure(1), Failure(2)], At.AddMinutes(3), Today);
        Assert.Equal(VerificationOutcome.Failed, third.Outcome);
        Assert.NotNull(third.Attempt);
        Assert.Equal(3, third.FailureCount);
        Assert.True(third.IsLocked);
        Assert.Equal(0, third.RemainingAttempts);
        Assert.Contains("locked", third.Message);
    }

    [Fact]
    public void R_CALL_03_after_the_lock_even_correct_factors_are_not_checked()
    {
        var fourth = IdentityVerification.Verify(Adult, Correct, [Failure(1), Failure(2), Failure(3)], At.AddMinutes(4), Today);
        Assert.Equal(VerificationOutcome.Locked, fourth.Outcome);
        Assert.Null(fourth.Attempt);
        Assert.True(fourth.IsLocked);
    }

    [Fact]
    public void R_CALL_03_success_after_two_failures_verifies()
    {
        var result = IdentityVerification.Verify(Adult, Correct, [Failure(1), Failure(2)], At.AddMinutes(3), Today);
        Assert.Equal(VerificationOutcome.Verified, result.Outcome);
        Assert.Equal(2, result.FailureCount);
    }

    [Fact]
    public void R_CALL_03_elderly_customer_may_use_reserved_phone_from_the_65th_birthday()
    {
        var turns65Today = Customer(new DateOnly(1960, 6, 15));
        var result = IdentityVerification.Verify(turns65Today, new ReservedPhoneClaim("+86 138-1234-5678"), [], At, Today);
        Assert.Equal(VerificationOutcome.Verified, result.Outcome);
        Assert.Equal(VerificationMethod.ReservedPhone, result.Attempt!.Method);
    }

    [Fact]
    public void R_CALL_03_adult_may_not_use_the_alternatives_and_no_failure_is_counted()
    {
        var turns65Tomorrow = Customer(new DateOnly(1960, 6, 16));
        var result = IdentityVerification.Verify(turns65Tomorrow, new ReservedPhoneClaim("13812345678"), [Failure(1), Failure(2)], At, Today);
        Assert.Equal(VerificationOutcome.MethodNotAllowed, result.Outcome);
        Assert.Null(result.Attempt);
        Assert.Equal(2, result.FailureCount);
        Assert.False(result.IsLocked);
    }

    [Fact]
    public void R_CALL_03_wrong_reserved_phone_fails_for_an_elderly_customer()
    {
        var elderly = Customer(new DateOnly(1950, 1, 1));
        Assert.Equal(VerificationOutcome.Failed, IdentityVerification.Verify(elderly, new ReservedPhoneClaim("13812345679"), [], At, Today).Outcome);
    }

    [Fact]
    public void R_CALL_03_minor_verified_through_a_relative_records_the_relationship()
    {
        var minor = Customer(new DateOnly(2007, 6, 16)); // 17, turns 18 tomorrow
        var result = IdentityVerification.Verify(minor, new RelativeClaim(" 母亲 ", RelationshipConfirmed: true, "王芳"), [], At, Today);
        Assert.Equal(VerificationOutcome.Verified, result.Outcome);
        Assert.Equal("母亲", result.Attempt!.Relationship);
        Assert.Equal(VerificationMethod.Relative, result.Attempt.Method);
    }

    [Fact]
    public void R_CALL_03_relative_without_confirmed_relationship_fails_and_is_recorded()
    {
        var minor = Customer(new DateOnly(2010, 1, 1));
        var unconfirmed = IdentityVerification.Verify(minor, new RelativeClaim("uncle", RelationshipConfirmed: false), [], At, Today);
        Assert.Equal(VerificationOutcome.Failed, unconfirmed.Outcome);
        Assert.Equal("uncle", unconfirmed.Attempt!.Relationship);
        Assert.Equal(VerificationOutcome.Failed, IdentityVerification.Verify(minor, new RelativeClaim(" ", true), [], At, Today).Outcome);
    }

    [Fact]
    public void R_CALL_03_customer_turning_18_today_is_no_longer_a_minor()
    {
        var eighteenToday = Customer(new DateOnly(2007, 6, 15));
        Assert.False(IdentityVerification.MayUseAlternatives(eighteenToday, Today));
        Assert.Equal(VerificationOutcome.MethodNotAllowed,
            IdentityVerification.Verify(eighteenToday, new RelativeClaim("father", true), [], At, Today).Outcome);
    }

    [Fact]
    public void R_CALL_03_unknown_birth_date_allows_only_the_two_factors()
    {
        var unknown = Adult with { BirthDate = null };
        Assert.False(IdentityVerification.MayUseAlternatives(unknown, Today));
        Assert.Equal(VerificationOutcome.Verified, IdentityVerification.Verify(unknown, Correct, [], At, Today).Outcome);
    }
}
