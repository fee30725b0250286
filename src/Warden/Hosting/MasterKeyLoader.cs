using Microsoft.Extensions.Logging;
using Warden.Configuration;
using Warden.Core.Security;

namespace Warden.Hosting;

/// <summary>
/// The master key from configuration (keys.encryption_key / WARDEN_MASTER_KEY), or else from the key file, which is
/// created once with a warning: instances sharing a database must all be given the same key.
/// </summary>
public static class MasterKeyLoader
{
    public static MasterKey Load(KeyOptions options, ILogger logger)
    {
        if (options.EncryptionKey is not null)
            return MasterKey.TryParse(options.EncryptionKey)!;

        var path = Path.GetFullPath(options.EncryptionKeyFile);
        if (File.Exists(path))
        {
            return MasterKey.TryParse(File.ReadAllText(path))
                   ?? throw new ConfigurationException($"keys.encryption_key_file '{path}' does not hold 32 bytes in base64");
        }

        var key = MasterKey.Generate();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written under a temporary name and moved into place, so a process starting at the same moment never reads
        // a half-written file; if it won the race, its key is used.
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(new FileStream(temporary, fileOptions)))
            writer.Write(key.ToBase64());
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Load(options, logger);
        }
        logger.LogWarning(
            "No master key configured: generated one in {Path}. Back it up with the database; every instance sharing this " +
            "database needs the same key, so set WARDEN_MASTER_KEY (or keys.encryption_key) in production", path);
        return key;
    }
}
