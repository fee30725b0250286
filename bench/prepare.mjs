// Preparation for bench/mixed.sh against a running warden (registration policy open, a user created with
// `warden users create`): registers a confidential client (client_secret_post) for client_credentials,
// authorization_code and refresh_token, signs the user in through /login, collects authorization codes from
// /authorize, redeems some of them for refresh-token chains, and gets one JWT access token to introspect.
//
//   node bench/prepare.mjs BASE_URL OUT_DIR USERNAME PASSWORD CODES CHAINS
//
// Every code is bound to one PKCE challenge (Warden requires PKCE from every client); its verifier is the third line of
// OUT_DIR/client.
// Writes OUT_DIR/client (client_id, client_secret and the PKCE code_verifier, one a line), OUT_DIR/codes (one code a line),
// OUT_DIR/refresh (one refresh token a line, CHAINS of them) and OUT_DIR/access_token.
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";

const [base, out, username, password, codeCount, chainCount] = process.argv.slice(2);
const redirectUri = "https://app.example/cb";
const cookies = new Map();

function remember(response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
}

async function browse(path, init = {}) {
  const headers = { ...(init.headers ?? {}), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
  const response = await fetch(base + path, { ...init, headers, redirect: "manual" });
  remember(response);
  return response;
}

async function token(form) {
  const response = await fetch(base + "/token", { method: "POST", body: new URLSearchParams(form) });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`POST /token ${response.status}: ${body}`);
  return JSON.parse(body);
}

const registered = await fetch(base + "/register", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    client_name: "bench", token_endpoint_auth_method: "client_secret_post", redirect_uris: [redirectUri],
    grant_types: ["client_credentials", "authorization_code", "refresh_token"],
  }),
});
const client = await registered.json();
if (registered.status !== 201) throw new Error(`POST /register ${registered.status}: ${JSON.stringify(client)}`);
const { client_id, client_secret } = client;

const form = await (await browse("/login")).text();
const antiforgery = form.match(/name="__RequestVerificationToken" type="hidden" value="([^"]+)"/)?.[1];
if (!antiforgery) throw new Error("no __RequestVerificationToken in the /login form");
const login = await browse("/login", {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ username, password, __RequestVerificationToken: antiforgery }),
});
if (!cookies.has("warden_session")) throw new Error(`POST /login ${login.status}: no warden_session cookie`);

const verifier = randomBytes(32).toString("base64url");
const challenge = createHash("sha256").update(verifier).digest("base64url");
const authorizePath = `/authorize?response_type=code&client_id=${encodeURIComponent(client_id)}` +
  `&redirect_uri=${encodeURIComponent(redirectUri)}&state=s&code_challenge=${challenge}&code_challenge_method=S256`;
async function code() {
  const response = await browse(authorizePath);
  const location = response.headers.get("location") ?? "";
  const value = new URL(location, base).searchParams.get("code");
  if (response.status !== 302 || !value) throw new Error(`GET /authorize ${response.status}: ${location}`);
  return value;
}

const chains = Number(chainCount);
const wanted = Number(codeCount) + chains;
const codes = [];
const started = Date.now();
// A few requests in flight: the server has 2 cores, more would only queue.
await Promise.all(Array.from({ length: 8 }, async () => {
  while (codes.length < wanted) {
    const slot = codes.push(null) - 1;
    codes[slot] = await code();
  }
}));
const collected = codes.filter(Boolean);
if (collected.length < wanted) throw new Error(`collected ${collected.length} codes of ${wanted}`);

const refresh = [];
for (const c of collected.splice(0, chains)) {
  const response = await token({ grant_type: "authorization_code", code: c, redirect_uri: redirectUri, code_verifier: verifier, client_id, client_secret });
  if (!response.refresh_token) throw new Error("code redemption gave no refresh_token");
  refresh.push(response.refresh_token);
}
const access = await token({ grant_type: "client_credentials", client_id, client_secret });

writeFileSync(`${out}/client`, `${client_id}\n${client_secret}\n${verifier}\n`);
writeFileSync(`${out}/codes`, collected.join("\n") + "\n");
writeFileSync(`${out}/refresh`, refresh.join("\n") + "\n");
writeFileSync(`${out}/access_token`, access.access_token + "\n");
console.error(`prepare: ${collected.length} codes and ${refresh.length} refresh chains in ${Date.now() - started} ms`);
