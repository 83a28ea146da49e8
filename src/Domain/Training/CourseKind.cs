namespace Platform.Domain.Training;

/// <summary>Kind of training course.</summary>
public enum CourseKind
{
    Onboarding,
    QuarterlyRefresher,
    ProductUpdate,
    Compliance,
    CommunicationSkills,
    ComplaintHandling,
}
