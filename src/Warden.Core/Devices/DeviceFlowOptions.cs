namespace Warden.Core.Devices;

/// <param name="CodeLifetime">How long a device code and its user code stay valid.</param>
/// <param name="PollInterval">The minimum time between polls that the device is told to respect (RFC 8628 §3.2).</param>
public sealed record DeviceFlowOptions(TimeSpan CodeLifetime, TimeSpan PollInterval);
