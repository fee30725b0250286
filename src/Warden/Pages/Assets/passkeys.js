// Passkeys on the sign-in and account pages (served from /assets so that the pages' CSP allows only 'self' scripts).
// Everything is feature-detected: without WebAuthn the passkey parts stay hidden and the password form is the way in.
(() => {
  'use strict';
  const supported = !!(window.PublicKeyCredential && navigator.credentials && window.fetch);

  const toBytes = (text) => {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  };
  const toText = (buffer) => {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    bytes.forEach((byte) => { binary += String.fromCharCode(byte); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const descriptors = (list) => (list || []).map((item) => ({ ...item, id: toBytes(item.id) }));

  const creationOptions = (json) => {
    if (PublicKeyCredential.parseCreationOptionsFromJSON) return PublicKeyCredential.parseCreationOptionsFromJSON(json);
    return { ...json, challenge: toBytes(json.challenge), user: { ...json.user, id: toBytes(json.user.id) },
      excludeCredentials: descriptors(json.excludeCredentials) };
  };
  const requestOptions = (json) => {
    if (PublicKeyCredential.parseRequestOptionsFromJSON) return PublicKeyCredential.parseRequestOptionsFromJSON(json);
    return { ...json, challenge: toBytes(json.challenge), allowCredentials: descriptors(json.allowCredentials) };
  };
  const credentialJson = (credential) => {
    if (typeof credential.toJSON === 'function') return credential.toJSON();
    const response = credential.response;
    const json = { id: credential.id, rawId: toText(credential.rawId), type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment, clientExtensionResults: credential.getClientExtensionResults(),
      response: { clientDataJSON: toText(response.clientDataJSON) } };
    if (response.attestationObject) {
      json.response.attestationObject = toText(response.attestationObject);
      json.response.transports = response.getTransports ? response.getTransports() : [];
    } else {
      json.response.authenticatorData = toText(response.authenticatorData);
      json.response.signature = toText(response.signature);
      if (response.userHandle) json.response.userHandle = toText(response.userHandle);
    }
    return json;
  };

  // The tenant's path (/t/{id}) when it is served below the server's issuer; every address below is within it.
  const base = document.documentElement.dataset.base || '';
  const go = (path) => window.location.assign(base + path);

  const post = async (path, body) => {
    const response = await fetch(base + path, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    let json = {};
    try { json = await response.json(); } catch { json = {}; }
    return { ok: response.ok, body: json };
  };
  const quietly = (promise) => { if (promise && promise.catch) promise.catch(() => {}); };
  const say = (element, text) => { if (element) { element.textContent = text; element.hidden = !text; } };

  // Creates a passkey for the signed-in person and stores it; mediation 'conditional' is the browser's silent creation.
  const register = async (name, mediation, signal) => {
    const begun = await post('/passkeys/register/options', {});
    if (!begun.ok) throw new Error(begun.body.error_description || 'options');
    const options = { publicKey: creationOptions(begun.body.publicKey) };
    if (mediation) options.mediation = mediation;
    if (signal) options.signal = signal;
    const credential = await navigator.credentials.create(options);
    const finished = await post('/passkeys/register', { ceremony: begun.body.ceremony, credential: credentialJson(credential), name });
    return finished.ok;
  };
  const declinedKey = 'warden.passkeyOfferDeclined';
  const declinedRecently = () => {
    try { return Date.now() - Number(window.localStorage.getItem(declinedKey) || 0) < 30 * 24 * 3600 * 1000; } catch { return false; }
  };

  // The sign-in page: the explicit button, and conditional mediation (passkeys offered in the username field's autofill).
  const signIn = document.getElementById('passkey-sign-in');
  if (signIn && supported) {
    signIn.hidden = false;
    const status = document.getElementById('passkey-status');
    let pending = null;
    const run = async (mediation) => {
      const controller = new AbortController();
      pending = controller;
      const begun = await post('/passkeys/sign-in/options', {});
      if (!begun.ok) throw new Error(begun.body.error_description || 'options');
      const credential = await navigator.credentials.get({ publicKey: requestOptions(begun.body.publicKey), mediation,
        signal: controller.signal });
      if (!credential) return;
      const finished = await post('/passkeys/sign-in', { ceremony: begun.body.ceremony, credential: credentialJson(credential),
        returnUrl: signIn.dataset.returnUrl });
      if (finished.ok) {
        go(finished.body.redirect);
        return;
      }
      if (finished.body.credential_id && PublicKeyCredential.signalUnknownCredential) {
        quietly(PublicKeyCredential.signalUnknownCredential({ rpId: signIn.dataset.rpId, credentialId: finished.body.credential_id }));
      }
      say(status, signIn.dataset.failed);
    };
    // A device that can make a passkey itself is offered one after a password sign-in (unless "not now" was said lately).
    const offer = document.getElementById('passkey-offer');
    if (offer && PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable && !declinedRecently()) {
      PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().then((available) => { offer.value = available ? '1' : ''; }, () => {});
    }
    document.getElementById('passkey-button').addEventListener('click', () => {
      if (pending) pending.abort();
      say(status, '');
      run('optional').catch((error) => { if (error.name !== 'AbortError') say(status, signIn.dataset.failed); });
    });
    if (PublicKeyCredential.isConditionalMediationAvailable) {
      PublicKeyCredential.isConditionalMediationAvailable().then((available) => {
        if (available) run('conditional').catch(() => {});
      }, () => {});
    }
  }

  // The account page: add a passkey, and keep the browser's own passkey list in step (WebAuthn Signal API).
  const section = document.getElementById('passkeys');
  if (section && supported) {
    const rpId = section.dataset.rpId;
    const userId = section.dataset.userId;
    const add = document.getElementById('passkey-add');
    const status = document.getElementById('passkey-add-status');
    if (add) {
      add.hidden = false;
      document.getElementById('passkey-add-button').addEventListener('click', async () => {
        say(status, '');
        try {
          if (await register(document.getElementById('passkey-new-name').value)) {
            go('/account?done=passkey_added#passkeys');
            return;
          }
          say(status, section.dataset.addFailed);
        } catch (error) {
          say(status, error.name === 'InvalidStateError' ? section.dataset.addExists : section.dataset.addFailed);
        }
      });
    }
    if (section.dataset.removed && PublicKeyCredential.signalUnknownCredential) {
      quietly(PublicKeyCredential.signalUnknownCredential({ rpId, credentialId: section.dataset.removed }));
    }
    if (PublicKeyCredential.signalAllAcceptedCredentials) {
      quietly(PublicKeyCredential.signalAllAcceptedCredentials({ rpId, userId, allAcceptedCredentialIds: JSON.parse(section.dataset.credentials) }));
    }
    if (PublicKeyCredential.signalCurrentUserDetails) {
      quietly(PublicKeyCredential.signalCurrentUserDetails({ rpId, userId, name: section.dataset.userName, displayName: section.dataset.displayName }));
    }
  }

  // The sign-up page: an account with a passkey instead of a password (the email still has to be verified).
  const signUp = document.getElementById('passkey-sign-up');
  if (signUp && supported) {
    signUp.hidden = false;
    const status = document.getElementById('passkey-sign-up-status');
    const field = (id) => (document.getElementById(id) || { value: '' }).value;
    document.getElementById('passkey-sign-up-button').addEventListener('click', async () => {
      say(status, '');
      try {
        const begun = await post('/passkeys/sign-up/options', { email: field('email'), name: field('name'), username: field('username') });
        if (!begun.ok) {
          say(status, begun.body.field ? signUp.dataset.fields : signUp.dataset.failed);
          return;
        }
        const credential = await navigator.credentials.create({ publicKey: creationOptions(begun.body.publicKey) });
        const finished = await post('/passkeys/sign-up', { ceremony: begun.body.ceremony, credential: credentialJson(credential) });
        if (finished.ok) {
          go(finished.body.redirect);
          return;
        }
      } catch { /* cancelled or refused: said below */ }
      say(status, signUp.dataset.failed);
    });
  }

  // After a password sign-in: conditional creation first, where the browser has it; else (or if it fails) the button.
  const offerPage = document.getElementById('passkey-offer-page');
  if (offerPage && supported) {
    const button = document.getElementById('passkey-offer-button');
    const status = document.getElementById('passkey-offer-status');
    const proceed = () => go(offerPage.dataset.returnUrl);
    let silent = null;
    button.hidden = false;
    button.addEventListener('click', async () => {
      if (silent) silent.abort();
      say(status, '');
      try {
        if (await register('')) { proceed(); return; }
      } catch { /* refused or cancelled: say so below */ }
      say(status, offerPage.dataset.failed);
    });
    document.getElementById('passkey-offer-skip').addEventListener('click', () => {
      try { window.localStorage.setItem(declinedKey, String(Date.now())); } catch { /* private mode: ask again next time */ }
    });
    if (PublicKeyCredential.getClientCapabilities) {
      PublicKeyCredential.getClientCapabilities().then(async (capabilities) => {
        if (!capabilities.conditionalCreate) return;
        silent = new AbortController();
        if (await register('', 'conditional', silent.signal)) proceed();
      }).catch(() => {});
    }
  }
})();
