using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Devices;
using Warden.Core.Sessions;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// Every refusal of the device flow (RFC 8628 §3.1 and §3.5) with its code and identifier: at the device
/// authorization endpoint, and to a device polling the token endpoint. The person's decision is recorded in the store
/// directly; the browser side is in <see cref="DeviceFlowContract{TBackend}"/>.
/// </summary>
public sealed class DeviceRefusalTests : IAsyncLifetime
{
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync() => _warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });

    public async Task DisposeAsync() => await _warden!.DisposeAsync();

    private Task<(int Status, JsonElement Body, HttpResponseMessage Response)> PollAsync(string clientId, string? deviceCode) =>
        Warden.PostFormAsync("/token", [
            new("grant_type", DeviceAuthorizationHandler.GrantType), new("client_id", clientId),
            .. deviceCode is null ? Array.Empty<KeyValuePair<string, string>>() : [new("device_code", deviceCode)],
        ]);

    private async Task<(string DeviceCode, string UserCode)> RequestCodesAsync(string clientId)
    {
        var (status, body, _) = await Warden.PostFormAsync("/device_authorization", [new("client_id", clientId)]);
        Assert.Equal(200, status);
        return (body.GetProperty("device_code").GetString()!, body.GetProperty("user_code").GetString()!);
    }

    private async Task DecideAsync(string userCode, bool approved)
    {
        var storage = Warden.Services.GetRequiredService<IStorageBackend>();
        var alice = await storage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice");
        var hash = Warden.Services.GetRequiredService<SecretHasher>().Hash(UserCodes.Normalize(userCode)!);
        Assert.True(await storage.DeviceAuthorizations.DecideAsync(Tenant.DefaultId, hash, approved, alice!.Id, alice.SecurityStamp, DateTimeOffset.UtcNow,
            SignInEvidence.Password, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task The_device_authorization_endpoint_refuses_a_client_without_the_grant_a_scope_it_may_not_have_and_a_repeated_parameter()
    {
        var (machine, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var (tv, _) = await Warden.CreateClientAsync(DeviceFlowContract<MemoryServerBackend>.TvClient());

        var (_, notAllowed, _) = await Warden.PostFormAsync("/device_authorization", [], machine.ClientId, secret);
        var (_, scope, _) = await Warden.PostFormAsync("/device_authorization", [new("client_id", tv.ClientId), new("scope", "openid admin")]);
        var (_, repeated, _) = await Warden.PostFormAsync("/device_authorization",
            [new("client_id", tv.ClientId), new("scope", "openid"), new("scope", "profile")]);
        var (_, unknown, _) = await Warden.PostFormAsync("/device_authorization", [new("client_id", "no-such-device")]);

        Refusals.AssertJson(notAllowed, "unauthorized_client", "WARDEN-DEVICE-0001");
        Refusals.AssertJson(scope, "invalid_scope", "WARDEN-SCOPE-0002");
        Refusals.AssertJson(repeated, "invalid_request", "WARDEN-REQUEST-0004");
        Refusals.AssertJson(unknown, "invalid_client", "WARDEN-CLIENT-0005");
    }

    [Fact]
    public async Task A_polling_device_is_told_pending_slow_down_denied_expired_or_invalid_each_with_its_identifier()
    {
        var (tv, _) = await Warden.CreateClientAsync(DeviceFlowContract<MemoryServerBackend>.TvClient());
        var (other, _) = await Warden.CreateClientAsync(DeviceFlowContract<MemoryServerBackend>.TvClient("Kitchen TV"));
        var (pendingCode, _) = await RequestCodesAsync(tv.ClientId);
        var (deniedCode, deniedUserCode) = await RequestCodesAsync(tv.ClientId);
        var (approvedCode, approvedUserCode) = await RequestCodesAsync(tv.ClientId);
        await DecideAsync(deniedUserCode, approved: false);
        await DecideAsync(approvedUserCode, approved: true);
        const string expiredCode = "expired-device-code-0123456789abcdefghijklmnop";
        var hasher = Warden.Services.GetRequiredService<SecretHasher>();
        var now = DateTimeOffset.UtcNow;
        await Warden.Services.GetRequiredService<IStorageBackend>().DeviceAuthorizations.CreateAsync(new DeviceAuthorization
        {
            TenantId = Tenant.DefaultId, DeviceCodeHash = hasher.Hash(expiredCode), UserCodeHash = hasher.Hash("BBBBDDDD"),
            ClientId = tv.ClientId, CreatedAt = now.AddMinutes(-20), ExpiresAt = now.AddMinutes(-10),
        });

        var pending = await PollAsync(tv.ClientId, pendingCode);
        // The default interval is 5 seconds; the next poll follows at once.
        var tooFast = await PollAsync(tv.ClientId, pendingCode);
        var denied = await PollAsync(tv.ClientId, deniedCode);
        var expired = await PollAsync(tv.ClientId, expiredCode);
        var missing = await PollAsync(tv.ClientId, null);
        var unknown = await PollAsync(tv.ClientId, "made-up");
        var foreign = await PollAsync(other.ClientId, approvedCode);
        var redeemed = await PollAsync(tv.ClientId, approvedCode);
        var again = await PollAsync(tv.ClientId, approvedCode);

        Refusals.AssertJson(pending.Body, "authorization_pending", "WARDEN-DEVICE-0005");
        Refusals.AssertJson(tooFast.Body, "slow_down", "WARDEN-DEVICE-0006");
        Assert.Equal("polling too fast: wait at least 10 seconds between requests", tooFast.Body.GetProperty("error_description").GetString());
        Refusals.AssertJson(denied.Body, "access_denied", "WARDEN-DEVICE-0004");
        Refusals.AssertJson(expired.Body, "expired_token", "WARDEN-DEVICE-0003");
        Refusals.AssertJson(missing.Body, "invalid_request", "WARDEN-GRANT-0001");
        Assert.Equal("device_code is required", missing.Body.GetProperty("error_description").GetString());
        Refusals.AssertJson(unknown.Body, "invalid_grant", "WARDEN-DEVICE-0002");
        Refusals.AssertJson(foreign.Body, "invalid_grant", "WARDEN-DEVICE-0002");
        Assert.Equal(200, redeemed.Status);
        Assert.Equal(unknown.Body.ToString(), again.Body.ToString());
    }
}
