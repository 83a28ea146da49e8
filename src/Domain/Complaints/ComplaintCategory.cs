namespace Platform.Domain.Complaints;

/// <summary>What a complaint is about.</summary>
public enum ComplaintCategory
{
    Product,
    Sales,
    Claims,
    ServiceAttitude,
    ServiceProcess,
    ServiceContent,
    OutboundHarassment,
    Other,
}
