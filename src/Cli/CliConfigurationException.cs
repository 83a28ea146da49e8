namespace Platform.Cli;

/// <summary>A required setting is missing or malformed; reported to the operator without a stack trace.</summary>
public sealed class CliConfigurationException(string message) : Exception(message);
