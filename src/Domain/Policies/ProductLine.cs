namespace Platform.Domain.Policies;

/// <summary>Insurance product line of a policy.</summary>
public enum ProductLine
{
    Life,
    Health,
    Accident,
    Property,
    Liability,
    Auto,
}
