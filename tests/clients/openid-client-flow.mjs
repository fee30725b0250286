// openid-client (npm, the certified relying-party library for Node.js) against a running Warden, configured as its
// documentation shows: dynamic registration without a scope (RFC 7591), the authorization code flow with PKCE, the ID
// token and UserInfo, a refresh. The person's part (sign-in and consent pages) is played with fetch and a cookie jar.
//
//   node tests/clients/openid-client-flow.mjs ISSUER USERNAME PASSWORD
//
// Prints one JSON line with what the library got; exits 1 with the library's error on any failure.
import * as client from "openid-client";

const [issuer, username, password] = process.argv.slice(2);
const redirectUri = "https://rp.example/callback";

// Development only: Warden's test issuer is http://, which openid-client refuses unless told.
const config = await client.dynamicClientRegistration(
  new URL(issuer),
  { client_name: "openid-client RP", redirect_uris: [redirectUri], grant_types: ["authorization_code", "refresh_token"] },
  undefined,
  { execute: [client.allowInsecureRequests] },
);

const codeVerifier = client.randomPKCECodeVerifier();
const state = client.randomState();
const authorizationUrl = client.buildAuthorizationUrl(config, {
  redirect_uri: redirectUri,
  scope: "openid profile",
  code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
  code_challenge_method: "S256",
  state,
});

const cookies = new Map();
async function browse(url, init = {}) {
  const headers = { ...(init.headers ?? {}), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
  const response = await fetch(url, { ...init, headers, redirect: "manual" });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
  return response;
}
async function follow(url) {
  let response = await browse(url);
  for (let hops = 0; hops < 10 && response.status === 302; hops++) {
    const next = new URL(response.headers.get("location"), url);
    if (next.origin !== new URL(issuer).origin) return { response, url: next };
    url = next;
    response = await browse(url);
  }
  return { response, url };
}
const antiforgery = (html) => /name="__RequestVerificationToken" type="hidden" value="([^"]+)"/.exec(html)?.[1] ?? "";
const post = (url, form) => browse(url, {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(form),
});

let page = await follow(authorizationUrl);
if (page.url.pathname !== "/login") throw new Error(`expected the sign-in page, got ${page.url} (${page.response.status})`);
const returnUrl = page.url.searchParams.get("returnUrl") ?? "/login";
page = await follow(new URL(
  (await post(page.url, { username, password, returnUrl, __RequestVerificationToken: antiforgery(await page.response.text()) }))
    .headers.get("location"), issuer));
if (page.url.pathname !== "/consent") throw new Error(`expected the consent page, got ${page.url} (${page.response.status})`);
const decided = await post(page.url, { decision: "allow", __RequestVerificationToken: antiforgery(await page.response.text()) });
const callback = new URL(decided.headers.get("location"));

const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state });
const claims = tokens.claims();
const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);

console.log(JSON.stringify({
  registered_scope: config.clientMetadata().scope,
  registered_auth_method: config.clientMetadata().token_endpoint_auth_method ?? null,
  sub: claims.sub,
  id_token_alg: JSON.parse(Buffer.from(tokens.id_token.split(".")[0], "base64url")).alg,
  granted_scope: tokens.scope,
  userinfo_name: userinfo.name ?? null,
  refreshed: typeof refreshed.access_token === "string" && refreshed.refresh_token !== tokens.refresh_token,
}));
