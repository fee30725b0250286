namespace Warden.Core.Grants;

/// <summary>
/// The grant types this server can serve: those of the registered <see cref="IGrantHandler"/> implementations, so
/// that adding a handler is all it takes for clients to be allowed its grant type.
/// </summary>
public sealed class SupportedGrantTypes(IEnumerable<IGrantHandler> handlers)
{
    /// <summary>In ordinal order, as client administration and the metadata list them.</summary>
    public IReadOnlyList<string> Names { get; } = handlers.Select(handler => handler.GrantType).Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal).ToList();
}
