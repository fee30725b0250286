using Microsoft.Extensions.Logging;
using Warden.Core.Clients;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Storage.Postgres;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>Echo mode logs each statement's text and never a parameter value.</summary>
public sealed class EchoTests : IDisposable
{
    private const string SecretName = "value-that-must-not-be-logged";
    private readonly TemporaryDirectory _directory = new();
    private readonly CapturingLoggerFactory _logs = new();

    [Fact]
    public async Task Sqlite_echo_logs_statements_without_values()
    {
        await using var storage = new SqliteBackend(_directory.File("echo.db"), "", true, _logs, TimeProvider.System);
        await AssertEchoAsync(storage);
    }

    [Fact]
    public async Task Postgres_echo_logs_statements_without_values()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await using var storage = new PostgresBackend(settings, "", true, _logs, TimeProvider.System);
        await AssertEchoAsync(storage);
    }

    private async Task AssertEchoAsync(IStorageBackend storage)
    {
        await storage.MigrateAsync();
        await storage.Clients.CreateAsync(new Client
        {
            TenantId = Tenant.DefaultId, ClientId = "echo", Name = SecretName, CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        });

        Assert.Contains(_logs.Messages, message => message.StartsWith("SQL: INSERT INTO clients", StringComparison.Ordinal) && message.Contains("@name"));
        Assert.DoesNotContain(_logs.Messages, message => message.Contains(SecretName));
    }

    public void Dispose() => _directory.Dispose();

    private sealed class CapturingLoggerFactory : ILoggerFactory, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;
        public void AddProvider(ILoggerProvider provider) { }
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
                Messages.Add(formatter(state, exception));
        }
    }
}
