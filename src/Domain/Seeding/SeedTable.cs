namespace Platform.Domain.Seeding;

/// <summary>The seeded tables; each has its own id space and random stream.</summary>
public enum SeedTable
{
    Team = 1,
    Staff,
    Customer,
    Policy,
    Interaction,
    VerificationAttempt,
    Recording,
    Complaint,
    ComplaintHistory,
    Course,
    TrainingRecord,
    Assessment,
    Survey,
    RoleAssignment,
    DoNotCall,
    CustomerIdentity,
}
