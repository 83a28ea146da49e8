using Platform.Domain.Customers;

namespace Platform.Domain.Interactions;

/// <summary>What the insurer holds about the customer being verified (R-CALL-03).</summary>
/// <param name="IdNumber">The customer's ID document number.</param>
/// <param name="PolicyNumbers">Numbers of the customer's policies.</param>
/// <param name="ReservedPhone">The phone number the customer reserved with the insurer.</param>
/// <param name="BirthDate">Birth date, for the minor/elderly alternatives (R-CUS-01).</param>
public sealed record VerificationSubject(string? IdNumber, IReadOnlyList<string> PolicyNumbers, string? ReservedPhone, DateOnly? BirthDate);

/// <summary>What the caller offered as proof of identity (R-CALL-03).</summary>
public abstract record VerificationClaim
{
    private protected VerificationClaim()
    {
    }

    /// <summary>The method this claim uses.</summary>
    public abstract VerificationMethod Method { get; }
}

/// <summary>The standard two factors: last 6 characters of a policy number and last 4 of the ID number.</summary>
public sealed record PolicyAndIdClaim(string PolicyNumberLast6, string IdNumberLast4) : VerificationClaim
{
    /// <inheritdoc />
    public override VerificationMethod Method => VerificationMethod.PolicyAndIdNumber;
}

/// <summary>For minors and elderly customers: the caller's number matches the reserved phone.</summary>
public sealed record ReservedPhoneClaim(string Phone) : VerificationClaim
{
    /// <inheritdoc />
    public override VerificationMethod Method => VerificationMethod.ReservedPhone;
}

/// <summary>For minors and elderly customers: a relative verifies for them; the relationship is recorded and must have been checked.</summary>
/// <param name="Relationship">The relative's relationship to the customer (e.g. 父亲, daughter, guardian).</param>
/// <param name="RelationshipConfirmed">Whether the agent confirmed the relationship (需核实亲属关系).</param>
/// <param name="RelativeName">The relative's name, if given.</param>
public sealed record RelativeClaim(string Relationship, bool RelationshipConfirmed, string? RelativeName = null) : VerificationClaim
{
    /// <inheritdoc />
    public override VerificationMethod Method => VerificationMethod.Relative;
}

/// <summary>Result kind of a verification attempt.</summary>
public enum VerificationOutcome
{
    /// <summary>Identity confirmed; customer data may be disclosed in this interaction.</summary>
    Verified,

    /// <summary>The proof did not match; counts towards the lock.</summary>
    Failed,

    /// <summary>Three failures already locked verification in this interaction; nothing was checked.</summary>
    Locked,

    /// <summary>The method is not available for this customer; nothing was checked and no failure is counted.</summary>
    MethodNotAllowed,
}

/// <summary>A verification attempt to store on the interaction (success or failure).</summary>
public sealed record VerificationAttemptRecord(VerificationMethod Method, bool Succeeded, DateTimeOffset At, string? Relationship);

/// <summary>The answer to one verification attempt.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Attempt">The attempt to record; null when nothing was checked (locked or method not allowed).</param>
/// <param name="FailureCount">Failures in the interaction including this attempt.</param>
/// <param name="IsLocked">Whether verification is now locked for this interaction.</param>
/// <param name="Message">An explanation for the agent.</param>
public sealed record VerificationResult(VerificationOutcome Outcome, VerificationAttemptRecord? Attempt, int FailureCount, bool IsLocked, string Message)
{
    /// <summary>Attempts left before the lock.</summary>
    public int RemainingAttempts => Math.Max(0, IdentityVerification.MaxFailures - FailureCount);
}

/// <summary>
/// R-CALL-03: two-factor identity verification (policy-number last 6 + ID-number last 4) before disclosing
/// data or doing business; minors and elderly customers (R-CUS-01) may instead use the reserved phone or a
/// relative with a recorded, confirmed relationship; 3 failures in one interaction lock verification for it.
/// </summary>
public static class IdentityVerification
{
    /// <summary>Failures that lock verification for the interaction.</summary>
    public const int MaxFailures = 3;

    /// <summary>Judges one attempt, given the attempts already recorded on the interaction.</summary>
    /// <param name="subject">The customer's data on file.</param>
    /// <param name="claim">What the caller offered.</param>
    /// <param name="previousAttempts">Attempts already recorded on this interaction.</param>
    /// <param name="at">When the attempt is made.</param>
    /// <param name="today">The tenant-local date, for the customer's age band.</param>
    public static VerificationResult Verify(
        VerificationSubject subject, VerificationClaim claim, IReadOnlyList<VerificationAttemptRecord> previousAttempts, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(previousAttempts);
        var failures = previousAttempts.Count(a => !a.Succeeded);
        if (failures >= MaxFailures)
        {
            return new VerificationResult(VerificationOutcome.Locked, null, failures, true,
                "Verification is locked for this interaction after 3 failed attempts.");
        }

        if (claim.Method != VerificationMethod.PolicyAndIdNumber && !MayUseAlternatives(subject, today))
        {
            return new VerificationResult(VerificationOutcome.MethodNotAllowed, null, failures, false,
                "Reserved-phone and relative verification are only for minors and elderly customers.");
        }

        var (matched, relationship) = claim switch
        {
            PolicyAndIdClaim c => (MatchesPolicyAndId(subject, c), null),
            ReservedPhoneClaim c => (MatchesReservedPhone(subject, c), null),
            RelativeClaim c => (c.RelationshipConfirmed && !string.IsNullOrWhiteSpace(c.Relationship), c.Relationship?.Trim()),
            _ => (false, (string?)null),
        };

        var attempt = new VerificationAttemptRecord(claim.Method, matched, at, string.IsNullOrEmpty(relationship) ? null : relationship);
        if (matched)
        {
            return new VerificationResult(VerificationOutcome.Verified, attempt, failures, false, "Identity verified.");
        }

        failures++;
        var locked = failures >= MaxFailures;
        return new VerificationResult(VerificationOutcome.Failed, attempt, failures, locked, locked
            ? "Verification failed; this was the third failure and verification is now locked for this interaction."
            : $"Verification failed; {MaxFailures - failures} attempt(s) left.");
    }

    /// <summary>Whether the customer may use the reserved-phone or relative alternatives (minor or elderly on the date).</summary>
    public static bool MayUseAlternatives(VerificationSubject subject, DateOnly today) =>
        subject.BirthDate is { } birth && birth <= today && CustomerAge.BandOn(birth, today) is AgeBand.Minor or AgeBand.Elderly;

    private static bool MatchesPolicyAndId(VerificationSubject subject, PolicyAndIdClaim claim)
    {
        var policyPart = claim.PolicyNumberLast6?.Trim() ?? "";
        var idPart = claim.IdNumberLast4?.Trim() ?? "";
        if (policyPart.Length != 6 || idPart.Length != 4 || string.IsNullOrWhiteSpace(subject.IdNumber))
        {
            return false;
        }

        var idOnFile = subject.IdNumber.Trim();
        var idMatches = idOnFile.Length >= 4 && idOnFile[^4..].Equals(idPart, StringComparison.OrdinalIgnoreCase);
        var policyMatches = (subject.PolicyNumbers ?? []).Any(p =>
            p?.Trim() is { Length: >= 6 } number && number[^6..].Equals(policyPart, StringComparison.OrdinalIgnoreCase));
        return idMatches && policyMatches;
    }

    private static bool MatchesReservedPhone(VerificationSubject subject, ReservedPhoneClaim claim)
    {
        var onFile = NationalDigits(subject.ReservedPhone);
        return onFile.Length > 0 && onFile == NationalDigits(claim.Phone);
    }

    // Compares phone numbers by their digits, ignoring separators and a +86 / 0086 country prefix.
    private static string NationalDigits(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            return digits[4..];
        }

        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
