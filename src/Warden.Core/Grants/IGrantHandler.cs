using Warden.Core.Clients;
using Warden.Core.Protocol;

namespace Warden.Core.Grants;

/// <summary>One grant type at the token endpoint (RFC 6749 §4). The endpoint has already authenticated the client.</summary>
public interface IGrantHandler
{
    string GrantType { get; }

    Task<TokenResult> HandleAsync(RegisteredClient client, ProtocolParameters parameters, RequestContext context,
        CancellationToken cancellationToken);
}
