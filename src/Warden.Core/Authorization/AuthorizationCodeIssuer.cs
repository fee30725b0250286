using Warden.Core.Tenants;
using Warden.Core.Audit;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Sessions;
using Warden.Core.Tokens;

namespace Warden.Core.Authorization;

/// <summary>Issues the authorization code for an approved request; only its keyed hash is stored.</summary>
public sealed class AuthorizationCodeIssuer(
    IAuthorizationCodeStore codes,
    SecretHasher hasher,
    AuthorizationOptions options,
    TenantDirectory tenants,
    AuditTrail audit,
    TimeProvider time)
{
    /// <param name="session">The sign-in session the code is issued in: its sign-in time, public identifier and evidence go into the grant.</param>
    public async Task<AuthorizationResponse> IssueAsync(AuthorizationRequest request, Users.User user, UserSession session,
        string? ipAddress, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var code = RandomValues.Secret();
        var now = time.GetUtcNow();
        await codes.CreateAsync(new AuthorizationCode
        {
            TenantId = request.Client.TenantId,
            Hash = hasher.Hash(code),
            ClientId = request.Client.ClientId,
            UserId = userId,
            RedirectUri = request.RedirectUri,
            RedirectUriInRequest = request.RedirectUriInRequest,
            SecurityStamp = user.SecurityStamp,
            Scopes = request.Scopes,
            Nonce = request.Nonce,
            CodeChallenge = request.CodeChallenge,
            CodeChallengeMethod = request.CodeChallengeMethod,
            AuthTime = session.AuthTime,
            SessionId = session.Sid,
            Evidence = session.EffectiveEvidence,
            CreatedAt = now,
            ExpiresAt = now + (await tenants.SettingsAsync(request.Client.TenantId, cancellationToken)).AuthorizationOver(options).CodeLifetime,
        }, cancellationToken);
        audit.Record(request.Client.TenantId, "authorization_code_issued", "success", request.Client.ClientId, userId.ToString(), ipAddress,
            new { scope = string.Join(' ', request.Scopes) });
        return AuthorizationResponse.Success(request, code, (await tenants.ForAsync(request.Client.TenantId, cancellationToken)).Issuer);
    }
}
