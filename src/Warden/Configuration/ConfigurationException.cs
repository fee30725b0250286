namespace Warden.Configuration;

/// <summary>A configuration mistake, reported as one line that names the key, the value and what is allowed; exit code 2.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
