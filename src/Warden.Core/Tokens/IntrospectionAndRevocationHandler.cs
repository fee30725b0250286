using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;

namespace Warden.Core.Tokens;

/// <summary>
/// RFC 7662 introspection result: an active access token (<paramref name="Active"/>) or API key (<see cref="ApiKey"/>);
/// neither means {"active": false}.
/// </summary>
public sealed record IntrospectionResult(AccessTokenDescription? Active, OAuthError? Error, bool ChallengeBasic = false)
{
    public ApiKeys.ApiKey? ApiKey { get; init; }
}

/// <summary>
/// Introspection (RFC 7662) and revocation (RFC 7009): both authenticate the calling client first. A confidential client
/// may introspect the tokens issued to it and those whose audience names it; a client marked
/// <see cref="Client.IntrospectAll"/> (a resource server for every token) may introspect any token of the tenant. Any
/// other token is answered as inactive, so the answer does not tell whether it exists (RFC 7662 §4, §2.2). Only the
/// client a token was issued to may revoke it, public clients (single-page and native apps) included. Revoking a refresh
/// token ends its family. An API key (<see cref="ApiKeys.ApiKeyFormat"/>) is introspected like a reference token: by the
/// client that owns it or an <see cref="Client.IntrospectAll"/> client (a user's key has no client, so only the latter).
/// </summary>
public sealed class IntrospectionAndRevocationHandler(
    ClientAuthenticator authenticator,
    AccessTokenValidator validator,
    IRevocationStore revocations,
    IReferenceTokenStore referenceTokens,
    RefreshTokenService refreshTokens,
    GrantRevocation grants,
    ApiKeys.ApiKeyService apiKeys,
    Security.SecretHasher hasher,
    Audit.AuditTrail audit,
    TimeProvider time)
{
    private static readonly IReadOnlySet<string> NothingRepeatable = new HashSet<string>();

    public async Task<IntrospectionResult> IntrospectAsync(ProtocolParameters parameters, ClientCredentialsInput credentials,
        RequestContext context, CancellationToken cancellationToken)
    {
        var (caller, error) = await AuthenticateAsync(parameters, credentials, context, publicAllowed: false, ErrorCatalog.Introspection.TokenMissing,
            cancellationToken);
        if (error is not null)
            return new IntrospectionResult(null, error, credentials.UsedBasic && error.StatusCode == 401);
        var token = parameters[OAuthNames.Parameters.Token]!;
        if (ApiKeys.ApiKeyFormat.LooksLikeKey(token))
            return await IntrospectApiKeyAsync(caller!.Client, token, context, cancellationToken);
        var description = await validator.ValidateAsync(context.TenantId, token, cancellationToken);
        if (description is not null && !MayIntrospect(caller!.Client, description))
        {
            audit.Record(context.TenantId, "introspection_refused", "failure", caller.Client.ClientId, null, context.IpAddress,
                new { jti = description.JwtId, token_client_id = description.ClientId, detail = "neither the token's client nor in its audience" });
            return new IntrospectionResult(null, null);
        }
        return new IntrospectionResult(description, null);
    }

    private async Task<IntrospectionResult> IntrospectApiKeyAsync(Client caller, string token, RequestContext context, CancellationToken cancellationToken)
    {
        var check = await apiKeys.CheckAsync(context.TenantId, token, cancellationToken);
        if (check.Key is not { } key)
            return new IntrospectionResult(null, null);
        if (!caller.IntrospectAll && key.ClientId != caller.ClientId)
        {
            audit.Record(context.TenantId, "introspection_refused", "failure", caller.ClientId, key.UserId?.ToString(), context.IpAddress,
                new { api_key = key.PublicId, owner_client_id = key.ClientId, detail = "an API key of another owner" });
            return new IntrospectionResult(null, null);
        }
        return new IntrospectionResult(null, null) { ApiKey = key };
    }

    /// <summary>RFC 7662 §4: the token's own client, a client its audience names, or a resource server for every token.</summary>
    private static bool MayIntrospect(Client caller, AccessTokenDescription token) =>
        caller.IntrospectAll || token.ClientId == caller.ClientId || token.Audiences.Contains(caller.ClientId, StringComparer.Ordinal);

    /// <summary>Null on success (including unknown tokens, which RFC 7009 §2.2 answers with 200), else the error.</summary>
    public async Task<(OAuthError? Error, bool ChallengeBasic)> RevokeAsync(ProtocolParameters parameters, ClientCredentialsInput credentials,
        RequestContext context, CancellationToken cancellationToken)
    {
        var (client, error) = await AuthenticateAsync(parameters, credentials, context, publicAllowed: true, ErrorCatalog.Revocation.TokenMissing,
            cancellationToken);
        if (error is not null)
            return (error, credentials.UsedBasic && error.StatusCode == 401);

        var token = parameters[OAuthNames.Parameters.Token]!;
        var now = time.GetUtcNow();
        if (hasher.HashPresented(token) is { } hash && await refreshTokens.FindAsync(hash, cancellationToken) is { } refresh
            && refresh.TenantId == context.TenantId)
        {
            if (refresh.ClientId != client!.Client.ClientId)
                return (OAuthError.From(ErrorCatalog.Revocation.ForeignToken, "a refresh token of another client of the tenant"), false);
            await grants.RevokeGrantAsync(refresh.TenantId, refresh.ClientId, refresh.FamilyId, null, now, cancellationToken);
            audit.Record(context.TenantId, "token_revoked", "success", refresh.ClientId, refresh.UserId.ToString(), context.IpAddress,
                new { format = "refresh_token", family = refresh.FamilyId });
            return (null, false);
        }
        var description = await validator.ReadAsync(context.TenantId, token, cancellationToken);
        if (description is null)
            return (null, false);
        if (description.ClientId != client!.Client.ClientId)
            return (OAuthError.From(ErrorCatalog.Revocation.ForeignToken, "an access token of another client of the tenant"), false);

        if (description.Format == AccessTokenFormat.Reference)
        {
            await referenceTokens.RevokeAsync(hasher.Hash(token), now, cancellationToken);
        }
        else
        {
            await revocations.RevokeAsync(description.TenantId, description.JwtId, description.ClientId, description.ExpiresAt, now, cancellationToken);
            await validator.MarkRevokedAsync(description, cancellationToken);
        }
        audit.Record(context.TenantId, "token_revoked", "success", description.ClientId, null, context.IpAddress,
            new { jti = description.JwtId, format = description.Format.ToString().ToLowerInvariant() });
        return (null, false);
    }

    private async Task<(RegisteredClient? Client, OAuthError? Error)> AuthenticateAsync(ProtocolParameters parameters,
        ClientCredentialsInput credentials, RequestContext context, bool publicAllowed, ErrorDefinition tokenMissing,
        CancellationToken cancellationToken)
    {
        if (parameters.FirstRepeated(NothingRepeatable) is { } repeated)
            return (null, OAuthError.From(ErrorCatalog.Request.RepeatedParameter, arguments: [repeated]));
        var authentication = await authenticator.AuthenticateAsync(credentials, context, cancellationToken);
        if (authentication.Error is not null)
            return (null, authentication.Error);
        if (!publicAllowed && authentication.Client!.Client.Type != ClientType.Confidential)
            return (null, OAuthError.From(ErrorCatalog.Introspection.PublicClient));
        if (parameters[OAuthNames.Parameters.Token] is null)
            return (null, OAuthError.From(tokenMissing));
        return (authentication.Client, null);
    }
}
