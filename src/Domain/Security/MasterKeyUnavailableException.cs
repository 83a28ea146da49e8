namespace Platform.Domain.Security;

/// <summary>Startup refusal: no usable master key could be obtained; the message says how to provide one.</summary>
public sealed class MasterKeyUnavailableException(string message) : Exception(message);
