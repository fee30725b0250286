#!/usr/bin/env bash
# Publishes the `warden` executable (framework-dependent) into OUTPUT_DIR: `dotnet OUTPUT_DIR/warden.dll` runs it.
# The Dockerfile's build stage runs exactly this; scripts/test.sh runs it too (on its Debug build), so CI exercises it.
#   scripts/publish.sh OUTPUT_DIR [extra dotnet publish arguments, e.g. --no-build]
# WARDEN_PUBLISH_CONFIGURATION chooses the build configuration (default Release).
# A Release publish is compiled ahead of time (ReadyToRun) for the platform it is published on (the image's, in the
# Dockerfile): warden's and its libraries' code is not JIT-compiled on the way to a healthy /health, about a third
# less CPU to get there on an existing SQLite database, for about 5 MiB more resident memory (bench/README.md,
# "Footprint, third pass"). WARDEN_READY_TO_RUN=0 leaves it out (a portable build for any platform). A Debug publish
# never has it: CI publishes its Debug build with --no-build, which a build for a runtime identifier would not match.
set -euo pipefail
[[ $# -ge 1 && -n "$1" ]] || { echo "usage: scripts/publish.sh OUTPUT_DIR [dotnet publish arguments]" >&2; exit 2; }
out=$(realpath -m "$1")
shift
cd "$(dirname "$0")/.."
configuration=${WARDEN_PUBLISH_CONFIGURATION:-Release}
ahead_of_time=()
if [[ $configuration == Release && ${WARDEN_READY_TO_RUN:-1} != 0 ]]; then
  # ReadyToRun code is for one runtime identifier: this machine's. Still framework-dependent (the aspnet image's runtime).
  ahead_of_time=(--use-current-runtime --self-contained false -p:PublishReadyToRun=true)
fi
dotnet publish src/Warden/Warden.csproj -c "$configuration" -o "$out" -nologo "${ahead_of_time[@]}" "$@"
