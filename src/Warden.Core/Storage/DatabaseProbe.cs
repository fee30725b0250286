namespace Warden.Core.Storage;

/// <summary>The outcome of a successful round trip to the database.</summary>
public sealed record DatabaseProbe(string Backend, string ServerVersion, TimeSpan Latency);
