using Microsoft.EntityFrameworkCore;
using Platform.Domain.Entities;

namespace Platform.Domain.Persistence;

public sealed partial class PlatformDbContext
{
    /// <summary>The tenant registry (not tenant-owned, no row-level security).</summary>
    public DbSet<Tenant> Tenants => Set<Tenant>();

    /// <summary>Holidays and make-up working days.</summary>
    public DbSet<TenantCalendarDay> CalendarDays => Set<TenantCalendarDay>();

    /// <summary>Teams of agents.</summary>
    public DbSet<Team> Teams => Set<Team>();

    /// <summary>Staff members.</summary>
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    /// <summary>Roles held by staff members.</summary>
    public DbSet<StaffRoleAssignment> StaffRoleAssignments => Set<StaffRoleAssignment>();

    /// <summary>Customers.</summary>
    public DbSet<Customer> Customers => Set<Customer>();

    /// <summary>Do-not-call requests.</summary>
    public DbSet<DoNotCallRequest> DoNotCallRequests => Set<DoNotCallRequest>();

    /// <summary>Policies.</summary>
    public DbSet<Policy> Policies => Set<Policy>();

    /// <summary>Interactions (calls and other contacts).</summary>
    public DbSet<Interaction> Interactions => Set<Interaction>();

    /// <summary>Identity verification attempts.</summary>
    public DbSet<VerificationAttempt> VerificationAttempts => Set<VerificationAttempt>();

    /// <summary>Recording metadata.</summary>
    public DbSet<Recording> Recordings => Set<Recording>();

    /// <summary>Wrapped per-tenant data keys.</summary>
    public DbSet<TenantDataKey> TenantDataKeys => Set<TenantDataKey>();

    /// <summary>Encrypted recording content.</summary>
    public DbSet<RecordingContent> RecordingContents => Set<RecordingContent>();

    /// <summary>Playback and download grants.</summary>
    public DbSet<RecordingAccessGrant> RecordingAccessGrants => Set<RecordingAccessGrant>();

    /// <summary>Purge tombstones (append-only).</summary>
    public DbSet<RecordingTombstone> RecordingTombstones => Set<RecordingTombstone>();

    /// <summary>Complaints.</summary>
    public DbSet<Complaint> Complaints => Set<Complaint>();

    /// <summary>Complaint status history (append-only).</summary>
    public DbSet<ComplaintStatusChange> ComplaintStatusHistory => Set<ComplaintStatusChange>();

    /// <summary>Complaint clock pauses and extensions (append-only).</summary>
    public DbSet<ComplaintClockEvent> ComplaintClockEvents => Set<ComplaintClockEvent>();

    /// <summary>Per-tenant outbox counters (maintained by the database).</summary>
    public DbSet<TenantEventSequence> TenantEventSequences => Set<TenantEventSequence>();

    /// <summary>The outbox of domain events (append-only).</summary>
    public DbSet<DomainEvent> DomainEvents => Set<DomainEvent>();

    /// <summary>Training courses.</summary>
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();

    /// <summary>Training records.</summary>
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    /// <summary>Psychological assessments.</summary>
    public DbSet<PsychologicalAssessment> PsychologicalAssessments => Set<PsychologicalAssessment>();

    /// <summary>Satisfaction survey responses.</summary>
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    /// <summary>The access log (append-only).</summary>
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
}
