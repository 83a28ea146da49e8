using Platform.Api.Errors;
using Platform.Api.Recordings.Access;
using Platform.Api.Relay;
using Platform.Domain.Entities;
using Platform.Domain.Recordings;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.Api.Recordings.Graph;

/// <summary>Binds the <c>Recordings</c> region of schema/schema.graphql.</summary>
public static class RecordingsSchema
{
    /// <summary>The GraphQL type name of recordings (and of their global ids).</summary>
    public const string RecordingType = "Recording";

    private static readonly string[] ErrorTypes =
    [
        "RecordingNotFoundError", "PlaybackPurposeRequiredError", "RecordingInteractionNotFoundError", "RecordingComplaintNotFoundError",
        "InvalidRecordingContentError", "LegalHoldReasonRequiredError", "NotUnderLegalHoldError", "RecordingUnderLegalHoldError",
        "RecordingAlreadyLinkedError",
    ];

    private static readonly string[] ErrorUnions =
    [
        "AttachRecordingError", "RequestRecordingPlaybackError", "PlaceLegalHoldError", "ReleaseLegalHoldError",
        "ExtendRecordingRetentionError", "LinkRecordingToComplaintError", "DeleteRecordingError",
    ];

    /// <summary>Adds the area's resolvers, enums, error types and node type.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        NodeTypes.Register<Recording>(RecordingType, RecordingQueries.LoadNodesAsync);
        builder
            .BindEnum<RecordingTier>("RecordingTier")
            .BindEnum<RecordingAccessKind>("RecordingAccessKind")
            .BindEnum<RecordingListOrder>("RecordingOrder")
            .BindEnum<ActorKind>("AccessLogActorKind")
            .IsTypeOf<Recording>(RecordingType)
            .BindType(RecordingType, RecordingField)
            .BindConnection("RecordingConnection", "RecordingEdge")
            .BindConnection("RecordingAccessLogConnection", "RecordingAccessLogEdge")
            .BindType("RecordingAccessLogEntry", AccessLogField)
            .BindType("RecordingTombstoneChain", ChainField)
            .BindType("RecordingPlaybackLink", LinkField)
            .Bind("Interaction", "recordings", RecordingQueries.OfInteractionAsync)
            .Bind("Query", "recordings", RecordingQueries.RecordingsAsync)
            .Bind("Query", "recordingAccessLog", RecordingQueries.AccessLogAsync)
            .Bind("Query", "recordingTombstoneChain", RecordingQueries.TombstoneChainAsync)
            .Bind("Mutation", "attachRecording", RecordingCommands.AttachAsync)
            .Bind("Mutation", "requestRecordingPlayback", RecordingCommands.RequestPlaybackAsync)
            .Bind("Mutation", "placeLegalHold", RecordingCommands.PlaceLegalHoldAsync)
            .Bind("Mutation", "releaseLegalHold", RecordingCommands.ReleaseLegalHoldAsync)
            .Bind("Mutation", "extendRecordingRetention", RecordingCommands.ExtendRetentionAsync)
            .Bind("Mutation", "linkRecordingToComplaint", RecordingCommands.LinkToComplaintAsync)
            .Bind("Mutation", "deleteRecording", RecordingCommands.DeleteAsync)
            .BindErrorType("RecordingTierDeniedError", "tier")
            .BindErrorType("RecordingRightNotGrantedError", "kind")
            .BindErrorType("RetentionNotExpiredError", "retainUntil")
            .BindErrorType("RetentionWouldBeLoweredError", "retainUntil");
        foreach (var type in ErrorTypes)
        {
            builder.BindErrorType(type);
        }

        foreach (var union in ErrorUnions)
        {
            builder.BindErrorUnion(union);
        }

        foreach (var payload in new[]
        {
            ("AttachRecordingPayload", "recording"), ("RequestRecordingPlaybackPayload", "playback"), ("PlaceLegalHoldPayload", "recording"),
            ("ReleaseLegalHoldPayload", "recording"), ("ExtendRecordingRetentionPayload", "recording"),
            ("LinkRecordingToComplaintPayload", "recording"), ("DeleteRecordingPayload", "recording"),
        })
        {
            builder
                .Bind(payload.Item1, payload.Item2, c => Sync(((RecordingPayload)c.Source!).Value))
                .Bind(payload.Item1, "errors", c => Sync(((RecordingPayload)c.Source!).Errors));
        }

        return builder;
    }

    private static FieldResolver? RecordingField(FieldDefinition field) => field.Name switch
    {
        "id" => c => Sync(GlobalId.Encode(RecordingType, Row(c).Id)),
        "interactionId" => c => Sync(Row(c).InteractionId is { } id ? GlobalId.Encode("Interaction", id) : null),
        "complaintId" => c => Sync(Row(c).ComplaintId is { } id ? GlobalId.Encode("Complaint", id) : null),
        "linkedAt" => c => Sync(Row(c).LinkedAt),
        "startedAt" => c => Sync(Row(c).StartedAt),
        "durationSeconds" => c => Sync(Row(c).DurationSeconds),
        // Derived, not read from the column, so the shown tier always follows the facts (R-REC-03).
        "tier" => c => Sync(RecordingTiering.TierFor(Row(c).LegalHold, Row(c).ContainsHealthInformation, Row(c).Flagged, Row(c).ComplaintId is not null)),
        "containsHealthInformation" => c => Sync(Row(c).ContainsHealthInformation),
        "flagged" => c => Sync(Row(c).Flagged),
        "contentType" => c => Sync(Row(c).ContentType),
        "sizeBytes" => c => Sync(Row(c).SizeBytes),
        "retainUntil" => c => Sync(Row(c).RetentionUntil),
        "legalHold" => c => Sync(Row(c).LegalHold),
        "legalHoldReason" => c => Sync(Row(c).LegalHoldReason),
        "purgedAt" => c => Sync(Row(c).PurgedAt),
        _ => null,
    };

    private static FieldResolver? AccessLogField(FieldDefinition field) => field.Name switch
    {
        "occurredAt" => c => Sync(Entry(c).OccurredAt),
        "actorKind" => c => Sync(Entry(c).ActorKind switch
        {
            ActorKind.Staff => "STAFF",
            ActorKind.Customer => "CUSTOMER",
            ActorKind.ServiceClient => "SERVICE_CLIENT",
            _ => "SYSTEM",
        }),
        "actorId" => c => Sync(Entry(c).ActorId),
        "action" => c => Sync(Entry(c).Action),
        "recordingId" => c => Sync(GlobalId.Encode(RecordingType, Entry(c).ResourceId)),
        "purpose" => c => Sync(Entry(c).Purpose),
        "granted" => c => Sync(Entry(c).Granted),
        "detail" => c => Sync(Entry(c).Detail),
        _ => null,
    };

    private static FieldResolver? ChainField(FieldDefinition field) => field.Name switch
    {
        "valid" => c => Sync(((TombstoneChainState)c.Source!).Verification.IsValid),
        "problem" => c => Sync(((TombstoneChainState)c.Source!).Verification.Problem switch
        {
            null => null,
            TombstoneChainProblem.BrokenLink => "BROKEN_LINK",
            TombstoneChainProblem.SequenceGap => "SEQUENCE_GAP",
            TombstoneChainProblem.WrongTenant => "WRONG_TENANT",
            var problem => problem.ToString()!.ToUpperInvariant(),
        }),
        "atSequence" => c => Sync(((TombstoneChainState)c.Source!).Verification.AtSequence),
        "length" => c => Sync(((TombstoneChainState)c.Source!).Length),
        _ => null,
    };

    private static FieldResolver? LinkField(FieldDefinition field) => field.Name switch
    {
        "recordingId" => c => Sync(GlobalId.Encode(RecordingType, ((PlaybackOutcome)c.Source!).RecordingId)),
        "kind" => c => Sync(((PlaybackOutcome)c.Source!).Kind),
        "url" => c => Sync(((PlaybackOutcome)c.Source!).Url),
        "expiresAt" => c => Sync(((PlaybackOutcome)c.Source!).ExpiresAt),
        _ => null,
    };

    private static Recording Row(IResolveFieldContext context) => (Recording)context.Source!;

    private static AccessLogEntry Entry(IResolveFieldContext context) => (AccessLogEntry)context.Source!;

    private static ValueTask<object?> Sync(object? value) => ValueTask.FromResult(value);
}
