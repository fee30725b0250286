using Warden.Core.Tenants;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Storage;

namespace Warden.Core.Devices;

/// <summary>The device authorization response (RFC 8628 §3.2).</summary>
public sealed record DeviceAuthorizationResponse(
    string DeviceCode,
    string UserCode,
    string VerificationUri,
    string VerificationUriComplete,
    long ExpiresIn,
    long Interval);

/// <summary>
/// The device authorization endpoint (RFC 8628 §3.1): the client authenticates as at the token endpoint (public
/// clients with their client_id), must be registered for the device_code grant, and gets a device code to poll with
/// and a user code for the person. Both are stored only as keyed hashes.
/// </summary>
public sealed class DeviceAuthorizationHandler(
    ClientAuthenticator authenticator,
    IDeviceAuthorizationStore store,
    SecretHasher hasher,
    DeviceFlowOptions options,
    TenantDirectory tenants,
    AuditTrail audit,
    TimeProvider time)
{
    /// <summary>The grant the device codes of this endpoint are redeemed with.</summary>
    public const string GrantType = OAuthNames.GrantTypes.DeviceCode;

    private const int UserCodeAttempts = 5;

    public async Task<(DeviceAuthorizationResponse? Response, OAuthError? Error, bool ChallengeBasic)> HandleAsync(ProtocolParameters parameters,
        ClientCredentialsInput credentials, RequestContext context, CancellationToken cancellationToken)
    {
        if (parameters.FirstRepeated(new HashSet<string>()) is { } repeated)
            return (null, OAuthError.From(ErrorCatalog.Request.RepeatedParameter, arguments: [repeated]), false);
        var authentication = await authenticator.AuthenticateAsync(credentials, context, cancellationToken);
        if (authentication.Error is not null)
            return (null, authentication.Error, credentials.UsedBasic);
        var client = authentication.Client!.Client;
        if (!client.GrantTypes.Contains(GrantType, StringComparer.Ordinal))
            return (null, OAuthError.From(ErrorCatalog.Device.GrantNotAllowed), false);
        var (scopes, scopeError) = ScopeRules.Grant(parameters[OAuthNames.Parameters.Scope], client.Scopes);
        if (scopeError is not null)
            return (null, scopeError, false);

        var deviceCode = RandomValues.Secret();
        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var userCode = UserCodes.Generate();
            try
            {
                await store.CreateAsync(new DeviceAuthorization
                {
                    TenantId = client.TenantId,
                    DeviceCodeHash = hasher.Hash(deviceCode),
                    UserCodeHash = hasher.Hash(userCode),
                    ClientId = client.ClientId,
                    Scopes = scopes!,
                    CreatedAt = now,
                    ExpiresAt = now + options.CodeLifetime,
                }, cancellationToken);
            }
            catch (DuplicateEntityException) when (attempt < UserCodeAttempts)
            {
                continue;
            }
            audit.Record(client.TenantId, "device_authorization_requested", "success", client.ClientId, null, context.IpAddress,
                new { scope = string.Join(' ', scopes!) });
            var shown = UserCodes.Format(userCode);
            var server = await tenants.ForAsync(client.TenantId, cancellationToken);
            return (new DeviceAuthorizationResponse(deviceCode, shown, server.DeviceVerificationUri,
                server.DeviceVerificationUri + "?" + OAuthNames.Parameters.UserCode + "=" + shown, (long)options.CodeLifetime.TotalSeconds,
                (long)options.PollInterval.TotalSeconds), null, false);
        }
    }
}
