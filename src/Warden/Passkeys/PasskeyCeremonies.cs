using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Exceptions;
using Fido2NetLib.Objects;
using Warden.Core.Audit;
using Warden.Core.Caching;
using Warden.Core.Passkeys;
using Warden.Core.Protocol;
using Warden.Core.Tenants;
using Warden.Core.Security;
using Warden.Core.Users;

namespace Warden.Passkeys;

/// <summary>Why a ceremony was refused; each is written to the audit trail as the failure's reason.</summary>
public enum PasskeyRefusal
{
    None,

    /// <summary>The body or the credential in it is not what WebAuthn sends (400).</summary>
    Malformed,

    /// <summary>The ceremony is unknown: never begun, already finished (single use) or expired.</summary>
    UnknownCeremony,

    /// <summary>No passkey with this credential id (never registered, or removed).</summary>
    UnknownCredential,

    /// <summary>Fido2 refused the response: origin, RP id, challenge, signature, flags, attestation.</summary>
    Invalid,

    /// <summary>The signature counter did not go forward for a credential that counts: a cloned authenticator or a replay.</summary>
    SignCountBackwards,

    /// <summary>The passkey's user is disabled, deleted or has not verified their address.</summary>
    UserUnavailable,

    /// <summary>attestation direct: the attestation is none or self, or its AAGUID is not in passkeys.trusted_aaguids.</summary>
    NotTrusted,
}

/// <summary>A begun ceremony: the handle the browser returns with its response, and the options to pass to WebAuthn (JSON).</summary>
public sealed record BegunCeremony(string Ceremony, string PublicKeyOptionsJson);

public sealed record PasskeyRegistration(PasskeyCredential? Passkey, PasskeyRefusal Refusal, string? Detail = null);

public sealed record PasskeySignIn(User? User, PasskeyCredential? Passkey, IReadOnlyList<string> Methods, PasskeyRefusal Refusal,
    string? Detail = null);

/// <summary>
/// The two WebAuthn ceremonies over Fido2 (fido2-net-lib): registering a passkey for a signed-in person and signing in
/// with one. A begun ceremony's options (with its challenge) live in the cache store under a random handle for
/// passkeys.challenge_lifetime, so any instance can finish what another began; finishing deletes the entry first and
/// goes on only if this call deleted it, so a challenge is answered at most once. Every outcome is audited.
/// </summary>
public sealed class PasskeyCeremonies(PasskeyOptions options, TenantDirectory tenants, IPasskeyStore passkeys, IUserStore users,
    ICacheStore cache, AuditTrail audit, TimeProvider time, SignUpService signUp)
{
    /// <summary>The longest name a person may give a passkey.</summary>
    public const int MaxNameLength = 64;

    private const string Register = "register";
    private const string SignIn = "sign_in";
    private const string SignUp = "sign_up";

    /// <param name="SignUp">For a sign-up: what the person typed, checked again when the account is created.</param>
    private sealed record StoredCeremony(string Kind, string TenantId, Guid? UserId, string Options, DateTimeOffset ExpiresAt,
        SignUpRequest? SignUp = null);

    public PasskeyOptions Options => options;

    public bool Enabled => options.Enabled;

    /// <summary>The relying-party id of a tenant's passkeys: from its issuer's host (a host-form tenant has its own) unless passkeys.rp_id says otherwise.</summary>
    public string RelyingPartyId(string issuer) => options.RelyingPartyId(issuer);

    private async ValueTask<Fido2> Fido2Async(string tenantId, CancellationToken cancellationToken) =>
        Fido2((await tenants.ForAsync(tenantId, cancellationToken)).Issuer);

    private Fido2 Fido2(string issuer) => new(new Fido2Configuration
    {
        RPID = RelyingPartyId(issuer),
        RPName = RelyingPartyId(issuer),
        Origins = options.AllowedOrigins(issuer).ToHashSet(StringComparer.Ordinal),
        Timeout = (uint)options.ChallengeLifetime.TotalMilliseconds,
    }, metadataService: null);

    private UserVerificationRequirement UserVerification => options.UserVerification switch
    {
        PasskeyUserVerification.Required => UserVerificationRequirement.Required,
        PasskeyUserVerification.Discouraged => UserVerificationRequirement.Discouraged,
        _ => UserVerificationRequirement.Preferred,
    };

    /// <summary>Options to create a discoverable passkey for <paramref name="user"/>, excluding the ones they have.</summary>
    public async Task<BegunCeremony> BeginRegistrationAsync(User user, string displayName, CancellationToken cancellationToken)
    {
        var existing = await passkeys.ListAsync(user.TenantId, user.Id, cancellationToken);
        var creation = (await Fido2Async(user.TenantId, cancellationToken)).RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = UserHandle(user.Id), Name = user.Username, DisplayName = displayName },
            ExcludeCredentials = existing.Select(passkey => new PublicKeyCredentialDescriptor(passkey.CredentialId)).ToList(),
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Required, UserVerification = UserVerification,
            },
            AttestationPreference = options.Attestation == PasskeyAttestation.Direct
                ? AttestationConveyancePreference.Direct
                : AttestationConveyancePreference.None,
            Extensions = new AuthenticationExtensionsClientInputs { CredProps = true },
            PubKeyCredParams = PubKeyCredParam.Defaults,
        });
        var json = creation.ToJson();
        return new BegunCeremony(await StoreAsync(new StoredCeremony(Register, user.TenantId, user.Id, json, Expiry()), cancellationToken), json);
    }

    /// <summary>
    /// Checks the browser's response to <see cref="BeginRegistrationAsync"/> and stores the passkey under
    /// <paramref name="name"/> (or the authenticator's name when known, else "Passkey").
    /// </summary>
    public async Task<PasskeyRegistration> FinishRegistrationAsync(User user, string ceremony, JsonElement credential, string? name,
        string? address, CancellationToken cancellationToken)
    {
        var outcome = await TryFinishRegistrationAsync(user, ceremony, credential, name, cancellationToken);
        if (outcome.Passkey is { } passkey)
            audit.Record(user.TenantId, "passkey_registered", "success", null, user.Id.ToString(), address,
                new { passkey = passkey.Id, aaguid = passkey.Aaguid, passkey.BackupEligible, transports = passkey.Transports });
        else
            audit.Record(user.TenantId, "passkey_registered", "failure", null, user.Id.ToString(), address,
                new { reason = ReasonOf(outcome.Refusal), detail = outcome.Detail });
        return outcome;
    }

    private async Task<PasskeyRegistration> TryFinishRegistrationAsync(User user, string ceremony, JsonElement credential, string? name,
        CancellationToken cancellationToken)
    {
        if (!TryRead<AuthenticatorAttestationRawResponse>(credential, out var response) || response.Response?.AttestationObject is null
            || response.Response.ClientDataJson is null)
            return new PasskeyRegistration(null, PasskeyRefusal.Malformed);
        if (await TakeAsync(ceremony, Register, cancellationToken) is not { } stored || stored.UserId != user.Id || stored.TenantId != user.TenantId)
            return new PasskeyRegistration(null, PasskeyRefusal.UnknownCeremony);

        RegisteredPublicKeyCredential registered;
        try
        {
            registered = await (await Fido2Async(user.TenantId, cancellationToken)).MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = response,
                OriginalOptions = CredentialCreateOptions.FromJson(stored.Options),
                IsCredentialIdUniqueToUserCallback = async (candidate, token) =>
                    await passkeys.FindByCredentialIdAsync(user.TenantId, candidate.CredentialId, token) is null,
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is Fido2VerificationException or JsonException or FormatException or ArgumentException
                                              or InvalidOperationException or System.Formats.Cbor.CborContentException)
        {
            return new PasskeyRegistration(null, exception is Fido2VerificationException ? PasskeyRefusal.Invalid : PasskeyRefusal.Malformed,
                exception.Message);
        }

        if (options.Attestation == PasskeyAttestation.Direct && !Trusted(registered))
            return new PasskeyRegistration(null, PasskeyRefusal.NotTrusted, $"attestation {registered.AttestationType}, aaguid {registered.AaGuid}");

        var passkey = NewPasskey(user, registered, name);
        try
        {
            await passkeys.CreateAsync(passkey, cancellationToken);
        }
        catch (Core.Storage.DuplicateEntityException)
        {
            return new PasskeyRegistration(null, PasskeyRefusal.Invalid, "credential id already registered");
        }
        return new PasskeyRegistration(passkey, PasskeyRefusal.None);
    }

    /// <summary>Whether the sign-up page offers "Sign up with a passkey": passkeys on and sign-up enabled.</summary>
    public bool SignUpEnabled(Tenant tenant) => options.Enabled && signUp.IsEnabled(tenant);

    /// <summary>
    /// Options to create a passkey for an account that does not exist yet (sign-up without a password), or the field
    /// rule the request breaks. The account's id is chosen now: it is the passkey's user handle.
    /// </summary>
    public async Task<(BegunCeremony? Begun, SignUpResult? Refusal)> BeginSignUpAsync(string tenantId, SignUpRequest request,
        CancellationToken cancellationToken)
    {
        if (!options.Enabled || await tenants.FindAsync(tenantId, cancellationToken) is not { } tenant || !SignUpEnabled(tenant.Tenant))
            return (null, new SignUpResult(SignUpStatus.Unavailable));
        if (SignUpService.Check(request, passwords: null) is { } invalid)
            return (null, invalid);
        var userId = Guid.CreateVersion7();
        var name = string.IsNullOrWhiteSpace(request.Username) ? request.Email!.Trim() : request.Username.Trim();
        var creation = (await Fido2Async(tenantId, cancellationToken)).RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = UserHandle(userId), Name = name, DisplayName = request.Name!.Trim() },
            ExcludeCredentials = [],
            AuthenticatorSelection = new AuthenticatorSelection { ResidentKey = ResidentKeyRequirement.Required, UserVerification = UserVerification },
            AttestationPreference = options.Attestation == PasskeyAttestation.Direct
                ? AttestationConveyancePreference.Direct
                : AttestationConveyancePreference.None,
            PubKeyCredParams = PubKeyCredParam.Defaults,
        });
        var json = creation.ToJson();
        var stored = new StoredCeremony(SignUp, tenantId, userId, json, Expiry(), request with { Password = null, PasswordConfirmation = null });
        return (new BegunCeremony(await StoreAsync(stored, cancellationToken), json), null);
    }

    /// <summary>
    /// Checks the new passkey, then signs up as <see cref="SignUpService"/> does (the same answer whether or not the
    /// address had an account; a verification link by email) and stores the passkey only when the account was created.
    /// </summary>
    public async Task<(PasskeyRefusal Refusal, SignUpResult? Result)> FinishSignUpAsync(string tenantId, string ceremony, JsonElement credential,
        string language, string? address, CancellationToken cancellationToken)
    {
        if (!TryRead<AuthenticatorAttestationRawResponse>(credential, out var response) || response.Response?.AttestationObject is null
            || response.Response.ClientDataJson is null)
            return (PasskeyRefusal.Malformed, null);
        if (await TakeAsync(ceremony, SignUp, cancellationToken) is not { UserId: { } userId, SignUp: { } request } stored || stored.TenantId != tenantId)
            return (PasskeyRefusal.UnknownCeremony, null);
        RegisteredPublicKeyCredential registered;
        try
        {
            registered = await (await Fido2Async(tenantId, cancellationToken)).MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = response,
                OriginalOptions = CredentialCreateOptions.FromJson(stored.Options),
                IsCredentialIdUniqueToUserCallback = async (candidate, token) =>
                    await passkeys.FindByCredentialIdAsync(tenantId, candidate.CredentialId, token) is null,
            }, cancellationToken);
        }
        catch (Exception exception) when (exception is Fido2VerificationException or JsonException or FormatException or ArgumentException
                                              or InvalidOperationException or System.Formats.Cbor.CborContentException)
        {
            audit.Record(tenantId, "passkey_registered", "failure", null, null, address, new { reason = "invalid", sign_up = true, detail = exception.Message });
            return (exception is Fido2VerificationException ? PasskeyRefusal.Invalid : PasskeyRefusal.Malformed, null);
        }
        if (options.Attestation == PasskeyAttestation.Direct && !Trusted(registered))
            return (PasskeyRefusal.NotTrusted, null);

        var result = await signUp.SignUpAsync(tenantId, request, language, address, cancellationToken, passkeyUserId: userId);
        if (await users.FindByIdAsync(tenantId, userId, cancellationToken) is { } created)
        {
            var passkey = NewPasskey(created, registered, null);
            await passkeys.CreateAsync(passkey, cancellationToken);
            audit.Record(tenantId, "passkey_registered", "success", null, created.Id.ToString(), address,
                new { passkey = passkey.Id, aaguid = passkey.Aaguid, passkey.BackupEligible, transports = passkey.Transports, sign_up = true });
        }
        return (PasskeyRefusal.None, result);
    }

    private PasskeyCredential NewPasskey(User user, RegisteredPublicKeyCredential registered, string? name) => new()
    {
        Id = Guid.NewGuid(), TenantId = user.TenantId, UserId = user.Id, CredentialId = registered.Id, PublicKey = registered.PublicKey,
        SignCount = registered.SignCount, Transports = (registered.Transports ?? []).Select(TransportName).Distinct().ToArray(),
        Aaguid = registered.AaGuid, BackupEligible = registered.IsBackupEligible, BackedUp = registered.IsBackedUp,
        Name = CleanName(name) ?? KnownAuthenticators.NameOf(registered.AaGuid) ?? "Passkey", CreatedAt = time.GetUtcNow(),
    };

    /// <summary>The trust policy of attestation direct: a verified statement other than none or self, from a trusted model when a list is set.</summary>
    private bool Trusted(RegisteredPublicKeyCredential registered) =>
        registered.AttestationType is not (null or "none" or "self")
        && (options.TrustedAaguids.Count == 0 || options.TrustedAaguids.Contains(registered.AaGuid));

    /// <summary>Options to sign in with any passkey of this RP (discoverable credentials: no user named first).</summary>
    public async Task<BegunCeremony> BeginSignInAsync(string tenantId, CancellationToken cancellationToken)
    {
        var assertion = (await Fido2Async(tenantId, cancellationToken)).GetAssertionOptions(new GetAssertionOptionsParams { AllowedCredentials = [], UserVerification = UserVerification });
        var json = assertion.ToJson();
        return new BegunCeremony(await StoreAsync(new StoredCeremony(SignIn, tenantId, null, json, Expiry()), cancellationToken), json);
    }

    /// <summary>Checks an assertion against the stored passkey and records its use; the user and the <c>amr</c> values, or why not.</summary>
    public async Task<PasskeySignIn> FinishSignInAsync(string tenantId, string ceremony, JsonElement credential, string? address,
        CancellationToken cancellationToken)
    {
        var outcome = await TryFinishSignInAsync(tenantId, ceremony, credential, cancellationToken);
        var userId = outcome.User?.Id.ToString() ?? outcome.Passkey?.UserId.ToString();
        if (outcome.Refusal == PasskeyRefusal.None)
            audit.Record(tenantId, "passkey_sign_in", "success", null, userId, address, new { passkey = outcome.Passkey!.Id, amr = outcome.Methods });
        else
            audit.Record(tenantId, "passkey_sign_in", "failure", null, userId, address,
                new { reason = ReasonOf(outcome.Refusal), passkey = outcome.Passkey?.Id, detail = outcome.Detail });
        return outcome;
    }

    private async Task<PasskeySignIn> TryFinishSignInAsync(string tenantId, string ceremony, JsonElement credential, CancellationToken cancellationToken)
    {
        if (!TryRead<AuthenticatorAssertionRawResponse>(credential, out var response) || response.RawId is not { Length: > 0 }
            || response.Response?.AuthenticatorData is null || response.Response.ClientDataJson is null || response.Response.Signature is null)
            return Refused(PasskeyRefusal.Malformed);
        if (await TakeAsync(ceremony, SignIn, cancellationToken) is not { } stored || stored.TenantId != tenantId)
            return Refused(PasskeyRefusal.UnknownCeremony);
        if (await passkeys.FindByCredentialIdAsync(tenantId, response.RawId, cancellationToken) is not { } passkey)
            return Refused(PasskeyRefusal.UnknownCredential, detail: Base64Url(response.RawId));

        VerifyAssertionResult verified;
        try
        {
            verified = await (await Fido2Async(tenantId, cancellationToken)).MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = response,
                OriginalOptions = AssertionOptions.FromJson(stored.Options),
                StoredPublicKey = passkey.PublicKey,
                StoredSignatureCounter = (uint)passkey.SignCount,
                IsUserHandleOwnerOfCredentialIdCallback = (owner, _) =>
                    Task.FromResult(owner.UserHandle.AsSpan().SequenceEqual(UserHandle(passkey.UserId))),
            }, cancellationToken);
        }
        catch (Fido2VerificationException exception) when (exception.Code == Fido2ErrorCode.InvalidSignCount)
        {
            return Refused(PasskeyRefusal.SignCountBackwards, passkey, exception.Message);
        }
        catch (Exception exception) when (exception is Fido2VerificationException or JsonException or FormatException or ArgumentException
                                              or InvalidOperationException or System.Formats.Cbor.CborContentException)
        {
            return Refused(exception is Fido2VerificationException ? PasskeyRefusal.Invalid : PasskeyRefusal.Malformed, passkey, exception.Message);
        }
        // Fido2 checks this too; stated here because the refusal and its audit depend on it (WebAuthn §7.2 step 21).
        if ((verified.SignCount != 0 || passkey.SignCount != 0) && verified.SignCount <= passkey.SignCount)
            return Refused(PasskeyRefusal.SignCountBackwards, passkey, $"counter {verified.SignCount} after {passkey.SignCount}");

        var user = await users.FindByIdAsync(tenantId, passkey.UserId, cancellationToken);
        if (user is not { IsActive: true, EmailVerificationRequired: false })
            return Refused(PasskeyRefusal.UserUnavailable, passkey);
        if (!await passkeys.RecordUseAsync(tenantId, passkey.Id, passkey.SignCount, verified.SignCount, verified.IsBackedUp, time.GetUtcNow(),
                cancellationToken))
            return Refused(PasskeyRefusal.SignCountBackwards, passkey, "another assertion with this counter won, or the passkey was removed");

        var userVerified = (response.Response.AuthenticatorData[32] & (byte)AuthenticatorFlags.UV) != 0;
        return new PasskeySignIn(user, passkey, PasskeyEvidence.MethodsFor(passkey, userVerified), PasskeyRefusal.None);
    }

    private static PasskeySignIn Refused(PasskeyRefusal refusal, PasskeyCredential? passkey = null, string? detail = null) =>
        new(null, passkey, [], refusal, detail);

    /// <summary>The audit trail's reason for a refusal.</summary>
    public static string ReasonOf(PasskeyRefusal refusal) => refusal switch
    {
        PasskeyRefusal.Malformed => "malformed",
        PasskeyRefusal.UnknownCeremony => "unknown_or_used_challenge",
        PasskeyRefusal.UnknownCredential => "unknown_credential",
        PasskeyRefusal.Invalid => "invalid",
        PasskeyRefusal.SignCountBackwards => "sign_count_backwards",
        PasskeyRefusal.UserUnavailable => "user_unavailable",
        PasskeyRefusal.NotTrusted => "attestation_not_trusted",
        _ => "none",
    };

    /// <summary>A name as the person typed it, trimmed and without control characters; null when nothing is left.</summary>
    public static string? CleanName(string? name)
    {
        var cleaned = new string((name ?? "").Where(character => !char.IsControl(character)).ToArray()).Trim();
        return cleaned.Length == 0 ? null : cleaned.Length > MaxNameLength ? cleaned[..MaxNameLength] : cleaned;
    }

    /// <summary>The WebAuthn user handle of a user: their id's 16 bytes (no personal information, as WebAuthn §14.6.1 asks).</summary>
    public static byte[] UserHandle(Guid userId) => userId.ToByteArray();

    public static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private DateTimeOffset Expiry() => time.GetUtcNow() + options.ChallengeLifetime;

    private async Task<string> StoreAsync(StoredCeremony ceremony, CancellationToken cancellationToken)
    {
        var handle = RandomValues.Secret();
        await cache.SetAsync(Key(handle), JsonSerializer.Serialize(ceremony), options.ChallengeLifetime, cancellationToken);
        return handle;
    }

    /// <summary>The ceremony, taken out of the cache: of concurrent finishers exactly one gets it; null when unknown, used or expired.</summary>
    private async Task<StoredCeremony?> TakeAsync(string handle, string kind, CancellationToken cancellationToken)
    {
        if (handle.Length is 0 or > 100)
            return null;
        var key = Key(handle);
        if (await cache.GetAsync(key, cancellationToken) is not { } json || !await cache.DeleteAsync(key, cancellationToken))
            return null;
        StoredCeremony? stored;
        try
        {
            stored = JsonSerializer.Deserialize<StoredCeremony>(json);
        }
        catch (JsonException)
        {
            return null;
        }
        // The cache's own expiry is the server's clock (Redis); this one is the injected clock every instance shares.
        return stored is not null && stored.Kind == kind && stored.ExpiresAt > time.GetUtcNow() ? stored : null;
    }

    private static string Key(string handle) => "passkey:ceremony:" + handle;

    private static bool TryRead<T>(JsonElement element, out T value) where T : class
    {
        value = null!;
        if (element.ValueKind != JsonValueKind.Object)
            return false;
        try
        {
            value = element.Deserialize<T>()!;
            return value is not null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or NotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string TransportName(AuthenticatorTransport transport) => transport switch
    {
        AuthenticatorTransport.Usb => "usb",
        AuthenticatorTransport.Nfc => "nfc",
        AuthenticatorTransport.Ble => "ble",
        AuthenticatorTransport.SmartCard => "smart-card",
        AuthenticatorTransport.Hybrid => "hybrid",
        _ => "internal",
    };
}
