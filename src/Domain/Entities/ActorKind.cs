namespace Platform.Domain.Entities;

/// <summary>Who performed an action recorded in a history or the access log.</summary>
public enum ActorKind
{
    Staff,
    Customer,
    ServiceClient,
    System,
}
