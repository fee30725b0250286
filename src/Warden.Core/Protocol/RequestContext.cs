namespace Warden.Core.Protocol;

/// <summary>Who is asking: the tenant the request addresses and the caller's address, for audit rows and rate limits.</summary>
public sealed record RequestContext(string TenantId, string? IpAddress);
