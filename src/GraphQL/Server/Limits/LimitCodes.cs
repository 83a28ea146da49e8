namespace Platform.GraphQL.Server.Limits;

/// <summary>The <c>extensions.code</c> values of refused requests.</summary>
public static class LimitCodes
{
    /// <summary>The field nesting is deeper than allowed.</summary>
    public const string MaxDepth = "MAX_DEPTH_EXCEEDED";

    /// <summary>Too many aliases.</summary>
    public const string MaxAliases = "MAX_ALIASES_EXCEEDED";

    /// <summary>Too many directives at one location.</summary>
    public const string MaxDirectives = "MAX_DIRECTIVES_EXCEEDED";

    /// <summary>The operation's estimated cost is above the maximum.</summary>
    public const string MaxCost = "MAX_COST_EXCEEDED";

    /// <summary>The request body is larger than allowed.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The operation ran longer than the execution timeout.</summary>
    public const string Timeout = "EXECUTION_TIMEOUT";

    /// <summary>The server already runs and queues as many operations as allowed; retry later (HTTP 503).</summary>
    public const string ServerBusy = "SERVER_BUSY";

    /// <summary>The connection already runs the most subscriptions allowed.</summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>Introspection is switched off, or needs an authenticated caller.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Only persisted documents are accepted.</summary>
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";

    /// <summary>The persisted document id is unknown.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
}
