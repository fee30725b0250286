using Microsoft.Extensions.Logging;
using Warden.Configuration;
using Warden.Core.Security;
using Warden.Hosting;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>#14: a master key file that its group or others may read is warned about at start (the server still starts).</summary>
public sealed class MasterKeyFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private List<string> Load(UnixFileMode mode)
    {
        var path = _directory.File("master.key");
        File.WriteAllText(path, MasterKey.Generate().ToBase64());
        File.SetUnixFileMode(path, mode);
        var warnings = new List<string>();
        MasterKeyLoader.Load(WardenOptions.Defaults.Keys with { EncryptionKeyFile = path }, new ListLogger(warnings));
        return warnings;
    }

    [Fact]
    public void A_key_file_readable_by_group_or_others_is_warned_about_with_its_mode()
    {
        Assert.True(OperatingSystem.IsLinux(), "these tests run on Linux");
        if (!OperatingSystem.IsLinux())
            return;

        var groupReadable = Load(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var worldReadable = Load(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var ownerOnly = Load(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Contains("mode 0640", Assert.Single(groupReadable));
        Assert.Contains("chmod 600", Assert.Single(worldReadable));
        Assert.Contains("mode 0644", worldReadable[0]);
        Assert.Empty(ownerOnly);
    }

    public void Dispose() => _directory.Dispose();

    private sealed class ListLogger(List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
                lines.Add(formatter(state, exception));
        }
    }
}
