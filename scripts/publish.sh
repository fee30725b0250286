#!/usr/bin/env bash
# Publishes the `warden` executable (framework-dependent) into OUTPUT_DIR: `dotnet OUTPUT_DIR/warden.dll` runs it.
# The Dockerfile's build stage runs exactly this; scripts/test.sh runs it too (on its Debug build), so CI exercises it.
#   scripts/publish.sh OUTPUT_DIR [extra dotnet publish arguments, e.g. --no-build]
# WARDEN_PUBLISH_CONFIGURATION chooses the build configuration (default Release).
set -euo pipefail
[[ $# -ge 1 && -n "$1" ]] || { echo "usage: scripts/publish.sh OUTPUT_DIR [dotnet publish arguments]" >&2; exit 2; }
out=$(realpath -m "$1")
shift
cd "$(dirname "$0")/.."
dotnet publish src/Warden/Warden.csproj -c "${WARDEN_PUBLISH_CONFIGURATION:-Release}" -o "$out" -nologo "$@"
