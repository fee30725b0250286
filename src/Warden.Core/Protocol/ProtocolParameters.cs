namespace Warden.Core.Protocol;

/// <summary>
/// The parameters of a protocol request (form or query), each with every value it was sent with, so that rules about
/// repeated parameters can be applied (RFC 6749 §3.1: parameters MUST NOT be included more than once).
/// </summary>
public sealed class ProtocolParameters(IReadOnlyDictionary<string, string[]> values)
{
    public static ProtocolParameters Empty { get; } = new(new Dictionary<string, string[]>());

    public IEnumerable<string> Names => values.Keys;

    /// <summary>The single value, or null when absent or empty (RFC 6749 §3.1: empty values count as omitted).</summary>
    public string? this[string name] =>
        values.TryGetValue(name, out var all) && all.Length > 0 && all[0].Length > 0 ? all[0] : null;

    public IReadOnlyList<string> All(string name) =>
        values.TryGetValue(name, out var all) ? all.Where(value => value.Length > 0).ToArray() : [];

    /// <summary>The first parameter sent more than once that is not allowed to be, or null.</summary>
    public string? FirstRepeated(IReadOnlySet<string> repeatable) =>
        values.FirstOrDefault(pair => pair.Value.Length > 1 && !repeatable.Contains(pair.Key)).Key;
}
