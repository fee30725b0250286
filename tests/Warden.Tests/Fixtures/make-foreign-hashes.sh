#!/usr/bin/env bash
# Regenerates foreign-hashes.json: password hashes made by each format's own reference tool or library, which
# ForeignPasswordHashTests and UserImportTests verify. The suite reads the committed file and needs none of the tools.
# Needs (Debian): argon2, apache2-utils (htpasswd), python3-argon2, python3-bcrypt, python3-passlib.
#   apt-get install argon2 apache2-utils python3-argon2 python3-bcrypt python3-passlib
# ASP.NET Core Identity hashes are made at test time by Identity's own PasswordHasher<T>, which the test project has
# through the ASP.NET Core shared framework.
set -euo pipefail
cd "$(dirname "$0")"
export PASSWORD='correct horse battery staple ✓'
export ARGON2_CLI_VERSION="argon2 CLI $(dpkg-query -W -f='${Version}' argon2) (Debian package argon2)"
export HTPASSWD_VERSION="htpasswd from apache2-utils $(dpkg-query -W -f='${Version}' apache2-utils)"
# The reference CLI takes the salt as text and the memory as a power of two (-m 12 is 4096 KiB).
export ARGON2ID_CLI_P4=$(printf '%s' "$PASSWORD" | argon2 saltsaltsaltsalt -id -t 3 -m 12 -p 4 -e)
export ARGON2ID_CLI_P1=$(printf '%s' "$PASSWORD" | argon2 sixteen-byte-slt -id -t 2 -m 13 -p 1 -e)
export ARGON2I_CLI=$(printf '%s' "$PASSWORD" | argon2 another-salt-value -i -t 3 -m 12 -p 1 -e)
export BCRYPT_2Y=$(htpasswd -nbB -C 5 user "$PASSWORD" | cut -d: -f2-)

/usr/bin/python3 - <<'PY' > foreign-hashes.json
import base64, hashlib, json, os
import argon2, argon2.low_level, bcrypt, passlib
from passlib.hash import pbkdf2_sha1, pbkdf2_sha256, pbkdf2_sha512

password = os.environ["PASSWORD"]
secret = password.encode("utf-8")
cffi = f"argon2-cffi {argon2.__version__} (python3-argon2)"
pybcrypt = f"bcrypt {bcrypt.__version__} (python3-bcrypt)"
plib = f"passlib {passlib.__version__} (python3-passlib)"

def keycloak(algorithm, digest, iterations, salt, length):
    # Keycloak's Pbkdf2PasswordHashProvider is PBKDF2WithHmacSHA* over the UTF-8 password; its export carries
    # algorithm, hashIterations, salt and value (standard base64), written here in Warden's one-string form.
    value = hashlib.pbkdf2_hmac(digest, secret, salt, iterations, length)
    return f"{algorithm}${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(value).decode()}"

hashes = [
    ("argon2id-cli-p4", os.environ["ARGON2_CLI_VERSION"], os.environ["ARGON2ID_CLI_P4"]),
    ("argon2id-cli-p1", os.environ["ARGON2_CLI_VERSION"], os.environ["ARGON2ID_CLI_P1"]),
    ("argon2i-cli", os.environ["ARGON2_CLI_VERSION"], os.environ["ARGON2I_CLI"]),
    ("argon2id-cffi", cffi, argon2.PasswordHasher(time_cost=2, memory_cost=8192, parallelism=2).hash(password)),
    ("argon2i-cffi", cffi, argon2.PasswordHasher(time_cost=3, memory_cost=4096, parallelism=3, type=argon2.Type.I).hash(password)),
    ("bcrypt-2b", pybcrypt, bcrypt.hashpw(secret, bcrypt.gensalt(5)).decode()),
    ("bcrypt-2a", pybcrypt, bcrypt.hashpw(secret, bcrypt.gensalt(5, prefix=b"2a")).decode()),
    ("bcrypt-2y", os.environ["HTPASSWD_VERSION"], os.environ["BCRYPT_2Y"]),
    ("passlib-pbkdf2-sha256", plib, pbkdf2_sha256.using(rounds=29000).hash(password)),
    ("passlib-pbkdf2-sha512", plib, pbkdf2_sha512.using(rounds=5000).hash(password)),
    ("passlib-pbkdf2-sha1", plib, pbkdf2_sha1.using(rounds=5000).hash(password)),
    ("keycloak-pbkdf2-sha256", "Python hashlib.pbkdf2_hmac (Keycloak's algorithm and export fields)", keycloak("pbkdf2-sha256", "sha256", 27500, os.urandom(16), 64)),
    ("keycloak-pbkdf2-sha512", "Python hashlib.pbkdf2_hmac (Keycloak's algorithm and export fields)", keycloak("pbkdf2-sha512", "sha512", 30000, os.urandom(16), 64)),
]
print(json.dumps({
    "password": password,
    "note": "made by make-foreign-hashes.sh; 'tool' names what made each hash",
    "hashes": [{"format": name, "tool": tool, "hash": value} for name, tool, value in hashes],
}, indent=2, ensure_ascii=False))
PY
echo "wrote $(pwd)/foreign-hashes.json"
