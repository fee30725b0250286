# Warden in a container: `docker compose up` (SQLite in the warden-data volume) or
# `DB_TYPE=postgres docker compose up` (PostgreSQL). See docs/operations.md.

# Build stage: the SDK runs the same publish script that scripts/test.sh exercises in CI. A Release publish is
# ReadyToRun-compiled for the build platform (faster start; the script explains, WARDEN_READY_TO_RUN=0 turns it off).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN bash scripts/publish.sh /out

# Runtime stage: ASP.NET Core runtime only, as the image's unprivileged "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/ ./
# /data holds the SQLite database and the generated master key; it must belong to the user the server runs as.
RUN mkdir -p /data && chown app:app /data
ENV WARDEN_URLS=http://0.0.0.0:8080 \
    SQLITE_PATH=/data/warden.db \
    WARDEN_MASTER_KEY_FILE=/data/master.key \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME /data
USER app
EXPOSE 8080
# The runtime image has no curl: the warden binary asks /health itself (exit code 0 when healthy).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/warden.dll", "health-check", "--url", "http://localhost:8080/health"]
ENTRYPOINT ["dotnet", "/app/warden.dll"]
CMD ["serve"]
