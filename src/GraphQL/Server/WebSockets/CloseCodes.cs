namespace Platform.GraphQL.Server.WebSockets;

/// <summary>The graphql-transport-ws close codes.</summary>
public static class CloseCodes
{
    /// <summary>A message of unknown type or wrong shape.</summary>
    public const int BadRequest = 4400;

    /// <summary>Subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The host refused the connection (or withdrew it, e.g. on token expiry).</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No ConnectionInit within the allowed time.</summary>
    public const int ConnectionInitTimeout = 4408;

    /// <summary>An operation id that is already active.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second ConnectionInit.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed.</summary>
    public const int InternalServerError = 4500;

    /// <summary>The host is shutting down (RFC 6455 "going away"; the subprotocol defines no code for it).</summary>
    public const int GoingAway = 1001;

    /// <summary>Close reason sent with <see cref="GoingAway"/> at host shutdown.</summary>
    public const string ShuttingDown = "Server shutting down";

    /// <summary>The subprotocol's name.</summary>
    public const string Subprotocol = "graphql-transport-ws";
}
