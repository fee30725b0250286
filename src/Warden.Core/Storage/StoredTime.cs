namespace Warden.Core.Storage;

/// <summary>
/// Every backend keeps timestamps to the millisecond, in UTC; the memory backend truncates the same way so that all
/// three behave alike.
/// </summary>
public static class StoredTime
{
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());

    public static DateTimeOffset? Truncate(DateTimeOffset? value) => value is { } v ? Truncate(v) : null;
}
