namespace Platform.Domain.Interactions;

/// <summary>R-CALL-05, R-CALL-06, R-CALL-09: the combined decision on an outbound call: calling window first, then do-not-call.</summary>
public static class OutboundCallGate
{
    /// <summary>Allows the call only when both the calling window and every do-not-call request allow it.</summary>
    public static OutboundCallDecision Decide(
        CallingWindow window, DoNotCallPolicy doNotCall, IEnumerable<DoNotCallMark> requests, DateTimeOffset at, CallPurpose purpose)
    {
        var byWindow = window.Check(at, purpose);
        return byWindow.Allowed ? doNotCall.Check(requests, at, purpose, window.Zone) : byWindow;
    }
}
