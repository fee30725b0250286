# Drives an earlier release's warden binary (built by make-fixtures.sh, which documents the whole procedure) to make
# one upgrade fixture per backend. Standard library only.
import base64, hashlib, http.cookiejar, json, os, re, secrets, shutil, socket, subprocess, sys, time, urllib.error
import urllib.parse, urllib.request

COMMIT = os.environ["FIXTURE_COMMIT"]
WORK = os.environ["FIXTURE_WORK"]
OUT = os.environ["FIXTURE_OUT"]
WARDEN = os.path.join(WORK, "bin", "warden")
# RunningWarden.MasterKey: the bytes 1..32.
MASTER_KEY = base64.b64encode(bytes(range(1, 33))).decode()
PASSWORD = "correct horse battery staple"
REDIRECT_URI = "http://127.0.0.1/callback"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Backend:
    def __init__(self, name, database, prefix=""):
        self.name, self.database, self.prefix = name, database, prefix
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.directory = os.path.join(WORK, name)
        os.makedirs(self.directory, exist_ok=True)
        self.config = os.path.join(self.directory, "config.yaml")
        with open(self.config, "w") as f:
            f.write(f"""server:
  urls: {self.issuer}
  issuer: {self.issuer}
database:
{database}
  table_prefix: "{prefix}"
  cleanup_interval: 0
keys:
  encryption_key: {MASTER_KEY}
tokens:
  access_token_lifetime: 86400
  authorization_code_lifetime: 600
  refresh_token_lifetime: 31536000
  refresh_token_idle_lifetime: 31536000
  device_code_lifetime: 3600
registration:
  policy: initial_access_token
""")

    def cli(self, *args, stdin=None):
        result = subprocess.run([WARDEN, "-c", self.config, *args], input=stdin, capture_output=True, text=True, cwd=self.directory)
        if result.returncode != 0:
            sys.exit(f"warden {' '.join(args)} failed ({result.returncode}): {result.stderr}")
        return result.stdout

    def cli_json(self, *args, stdin=None):
        return json.loads(self.cli(*args, "--json", stdin=stdin))


class Http:
    """A browser without JavaScript: cookies kept, redirects not followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), Http.NoRedirect())

    def request(self, method, path, form=None, basic=None, headers=None, body=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else body
        request = urllib.request.Request(path if path.startswith("http") else self.base + path, data=data, method=method)
        if form is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        if basic:
            request.add_header("Authorization", "Basic " + base64.b64encode(
                f"{urllib.parse.quote(basic[0], safe='')}:{urllib.parse.quote(basic[1], safe='')}".encode()).decode())
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            response = self.opener.open(request)
        except urllib.error.HTTPError as error:
            response = error
        return response.status, dict(response.headers), response.read().decode()

    def ok_json(self, method, path, expected=200, **kwargs):
        status, _, text = self.request(method, path, **kwargs)
        if status != expected:
            sys.exit(f"{method} {path}: {status} {text}")
        return json.loads(text) if text else None


def moment(seconds_from_now):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + seconds_from_now))


def anti_forgery(html):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)


def make(backend):
    print(f"== {backend.name}")
    backend.cli("migrate")
    backend.cli("seed")
    backend.cli("settings", "set", "site_name", "Upgrade Fixture")
    backend.cli("scopes", "create", "api.read", "--display-name", "Read the API", "--description", "Reads the fixture API")
    backend.cli("users", "create", "--username", "alice", "--email", "alice@example.com", "--password-stdin", stdin=PASSWORD + "\n")
    basic = backend.cli_json("clients", "create", "--client-id", "basic-client", "--name", "Basic", "--grant", "client_credentials",
                             "--scope", "api.read", "--auth-method", "client_secret_basic")
    post = backend.cli_json("clients", "create", "--client-id", "post-client", "--name", "Post", "--grant", "client_credentials",
                            "--scope", "api.read", "--auth-method", "client_secret_post")
    reference = backend.cli_json("clients", "create", "--client-id", "reference-client", "--name", "Reference", "--grant",
                                 "client_credentials", "--scope", "api.read", "--token-format", "reference", "--token-lifetime", "86400")
    web = backend.cli_json("clients", "create", "--client-id", "web-client", "--name", "Web", "--grant", "authorization_code",
                           "--grant", "refresh_token", "--scope", "openid profile email offline_access", "--redirect-uri", REDIRECT_URI)
    backend.cli("clients", "create", "--client-id", "device-client", "--name", "Device", "--type", "public", "--auth-method", "none",
                "--grant", "urn:ietf:params:oauth:grant-type:device_code", "--scope", "openid profile")
    initial = backend.cli_json("registration-tokens", "create")
    backend.cli("keys", "rotate")

    server = subprocess.Popen([WARDEN, "-c", backend.config, "serve"], cwd=backend.directory, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        credentials = drive(backend, basic, post, reference, web, initial)
    finally:
        server.terminate()
        server.wait(30)
    dump(backend)
    credentials |= {
        "made_by": f"make-fixtures.sh {COMMIT}",
        "made_at": moment(0),
        "master_key": MASTER_KEY,
        "issuer": backend.issuer,
        "table_prefix": backend.prefix,
        "user": {"username": "alice", "password": PASSWORD},
    }
    with open(os.path.join(OUT, backend.name, "credentials.json"), "w") as f:
        json.dump(credentials, f, indent=2)
        f.write("\n")


def drive(backend, basic, post, reference, web, initial):
    http = Http(backend.issuer)
    for _ in range(300):
        try:
            if http.request("GET", "/health/ready")[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.1)
    else:
        sys.exit("the server did not become ready")
    discovery = http.ok_json("GET", "/.well-known/openid-configuration")
    token = discovery["token_endpoint"]

    def client_credentials(client, method):
        form = {"grant_type": "client_credentials", "scope": "api.read"}
        if method == "post":
            form |= {"client_id": client["client_id"], "client_secret": client["client_secret"]}
            return http.ok_json("POST", token, form=form)
        return http.ok_json("POST", token, form=form, basic=(client["client_id"], client["client_secret"]))

    jwt = client_credentials(basic, "basic")["access_token"]
    revoked = client_credentials(post, "post")["access_token"]
    http.ok_json("POST", discovery["revocation_endpoint"], form={"token": revoked, "client_id": post["client_id"],
                                                                  "client_secret": post["client_secret"]})
    reference_response = client_credentials(reference, "basic")
    reference_token = reference_response["access_token"]

    # The authorization code flow as a person: sign in, consent, and the application redeems the code.
    verifier = secrets.token_urlsafe(32)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    authorize = "/authorize?" + urllib.parse.urlencode({
        "response_type": "code", "client_id": web["client_id"], "redirect_uri": REDIRECT_URI, "scope": "openid profile email offline_access",
        "state": "fixture", "nonce": "fixture", "code_challenge": challenge, "code_challenge_method": "S256"})
    status, headers, _ = http.request("GET", authorize)
    login = headers["Location"]
    _, _, html = http.request("GET", login)
    return_url = urllib.parse.parse_qs(urllib.parse.urlparse(login).query)["returnUrl"][0]
    status, headers, html = http.request("POST", login, form={"username": "alice", "password": PASSWORD, "returnUrl": return_url,
                                                              "__RequestVerificationToken": anti_forgery(html)})
    location = headers["Location"]
    while location.startswith("/"):
        status, headers, html = http.request("GET", location)
        if status != 302:
            break
        location = headers["Location"]
    if status == 200:
        status, headers, _ = http.request("POST", location, form={"decision": "allow", "__RequestVerificationToken": anti_forgery(html)})
    callback = headers["Location"]
    code = urllib.parse.parse_qs(urllib.parse.urlparse(callback).query)["code"][0]
    tokens = http.ok_json("POST", token, form={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI,
                                               "code_verifier": verifier}, basic=(web["client_id"], web["client_secret"]))

    device = http.ok_json("POST", discovery["device_authorization_endpoint"], form={"client_id": "device-client", "scope": "openid"})
    registration = http.ok_json("POST", discovery["registration_endpoint"], expected=201, headers={
        "Authorization": "Bearer " + initial["token"], "Content-Type": "application/json"},
        body=json.dumps({"client_name": "Registered", "redirect_uris": ["https://registered.example/cb"]}).encode())
    return {
        "clients": {
            "basic": {"client_id": basic["client_id"], "client_secret": basic["client_secret"], "method": "client_secret_basic"},
            "post": {"client_id": post["client_id"], "client_secret": post["client_secret"], "method": "client_secret_post"},
            "reference": {"client_id": reference["client_id"], "client_secret": reference["client_secret"]},
            "web": {"client_id": web["client_id"], "client_secret": web["client_secret"], "redirect_uri": REDIRECT_URI},
            "device": {"client_id": "device-client"},
        },
        "jwt_access_token": jwt,
        "revoked_jwt_access_token": revoked,
        "reference_token": reference_token,
        "reference_token_expires_at": moment(reference_response["expires_in"]),
        "refresh_token": tokens["refresh_token"],
        "device_code": device["device_code"],
        "user_code": device["user_code"],
        "device_code_expires_at": moment(device["expires_in"]),
        "initial_access_token": initial["token"],
        "registered_client": {"client_id": registration["client_id"], "client_secret": registration.get("client_secret"),
                              "registration_access_token": registration["registration_access_token"],
                              "registration_client_uri": registration["registration_client_uri"]},
    }


def dump(backend):
    target = os.path.join(OUT, backend.name)
    os.makedirs(target, exist_ok=True)
    if backend.postgres_url:
        text = subprocess.run(["pg_dump", "--no-owner", "--no-privileges", "--column-inserts", backend.postgres_url],
                              capture_output=True, text=True, check=True).stdout
        # pg_dump 15.14 and later wrap the dump in psql's \restrict/\unrestrict with a random key: dropped, so that the
        # file is plain SQL (Npgsql runs it) and two dumps of the same data are the same.
        text = "".join(line for line in text.splitlines(keepends=True) if not line.startswith(("\\restrict", "\\unrestrict")))
    else:
        text = subprocess.run(["sqlite3", backend.sqlite_path, ".dump"], capture_output=True, text=True, check=True).stdout
    with open(os.path.join(target, "warden.sql"), "w") as f:
        f.write(text)
    if backend.name == "sqlite":
        # The release's own export of the same data: UpgradeTests imports it into the current build.
        backend.cli("export", "--output", os.path.join(target, "snapshot.jsonl"))


def sqlite(name, prefix=""):
    path = os.path.join(WORK, name, "warden.db")
    backend = Backend(name, f"  type: sqlite\n  sqlite_path: {path}", prefix)
    backend.sqlite_path, backend.postgres_url = path, None
    return backend


def postgres(admin_url):
    database = "warden_fixture_" + secrets.token_hex(4)
    admin = urllib.parse.urlparse(admin_url)
    url = admin._replace(path="/" + database, query="sslmode=disable").geturl()
    subprocess.run(["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-qc", f'CREATE DATABASE "{database}"'], check=True)
    backend = Backend("postgres", f"  type: postgres\n  url: \"{url}\"")
    backend.postgres_url, backend.admin_url, backend.database_name = url, admin_url, database
    return backend


def main():
    admin_url = os.environ.get("WARDEN_TEST_POSTGRES_URL")
    if not admin_url:
        sys.exit("set WARDEN_TEST_POSTGRES_URL to a PostgreSQL superuser URL (source /work/test-env.sh, or start one)")
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    backends = [sqlite("sqlite"), sqlite("sqlite-prefixed", "acme_"), postgres(admin_url)]
    for backend in backends:
        try:
            make(backend)
        finally:
            if backend.postgres_url:
                subprocess.run(["psql", backend.admin_url, "-qc", f'DROP DATABASE IF EXISTS "{backend.database_name}" WITH (FORCE)'], check=True)
    print(f"wrote {OUT}")


main()
