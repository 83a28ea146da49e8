namespace Platform.Domain.Interactions;

/// <summary>How an interaction with a customer took place.</summary>
public enum InteractionChannel
{
    InboundCall,
    OutboundCall,
    Email,
    OnlineChat,
    WebForm,
    Sms,
    InPerson,
}
