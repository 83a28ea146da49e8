namespace Platform.Domain.Customers;

/// <summary>Age band of a customer on a given date (R-CUS-01).</summary>
public enum AgeBand
{
    /// <summary>Under 18.</summary>
    Minor,

    /// <summary>18 to 64.</summary>
    Adult,

    /// <summary>65 or older.</summary>
    Elderly,
}

/// <summary>
/// R-CUS-01: a customer is a minor under 18 and elderly at 65 or older, derived from the birth date on a given
/// date. A person born on 29 February becomes a year older on 1 March in common years, i.e. only once the
/// anniversary has actually passed.
/// </summary>
public static class CustomerAge
{
    /// <summary>Age from which a customer is no longer a minor.</summary>
    public const int AdultAge = 18;

    /// <summary>Age from which a customer is elderly.</summary>
    public const int ElderlyAge = 65;

    /// <summary>Completed years of age on the given date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The birth date is after the given date.</exception>
    public static int YearsOn(DateOnly birthDate, DateOnly on)
    {
        if (birthDate > on)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), "A birth date cannot be later than the date the age is taken on.");
        }

        var years = on.Year - birthDate.Year;
        var birthdayNotYetReached = on.Month < birthDate.Month || (on.Month == birthDate.Month && on.Day < birthDate.Day);
        return birthdayNotYetReached ? years - 1 : years;
    }

    /// <summary>The customer's age band on the given date.</summary>
    public static AgeBand BandOn(DateOnly birthDate, DateOnly on) => YearsOn(birthDate, on) switch
    {
        < AdultAge => AgeBand.Minor,
        >= ElderlyAge => AgeBand.Elderly,
        _ => AgeBand.Adult,
    };
}
