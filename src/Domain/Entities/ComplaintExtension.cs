namespace Platform.Domain.Entities;

/// <summary>How far the regulatory decision deadline has been extended (R-CMP-07): 15, 30 or 60 days.</summary>
public enum ComplaintExtension
{
    None,
    Complex,
    ParticularlyComplex,
}
