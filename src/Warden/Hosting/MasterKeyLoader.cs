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
            var loaded = MasterKey.TryParse(File.ReadAllText(path))
                         ?? throw new ConfigurationException($"keys.encryption_key_file '{path}' does not hold 32 bytes in base64");
            WarnWhenOthersCanReach(path, logger);
            return loaded;
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

    /// <summary>Group or other permission bits, any of which lets more than the server's own user read or replace the key.</summary>
    private const UnixFileMode OthersAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    /// <summary>
    /// Warns (the server still starts: the file may sit on a volume whose modes the operator does not control) when the
    /// key file's group or others may read or write it; whoever reads it can decrypt every private key in the database.
    /// </summary>
    private static void WarnWhenOthersCanReach(string path, ILogger logger)
    {
        if (OperatingSystem.IsWindows())
            return;
        var mode = File.GetUnixFileMode(path);
        if ((mode & OthersAccess) != 0)
        {
            logger.LogWarning("The master key file {Path} can be read or changed by its group or others (mode {Mode}); restrict it with " +
                              "chmod 600 so that only the user Warden runs as can use it", path, Convert.ToString((int)mode, 8).PadLeft(4, '0'));
        }
    }
}
