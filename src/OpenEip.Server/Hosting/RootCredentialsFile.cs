using System.Text.Json;
using OpenEip.Core.Accounts;

namespace OpenEip.Server.Hosting;

/// <summary>The operator's generated AccessKey, written once to a file only its owner can read (mode 0600).</summary>
public static class RootCredentialsFile
{
    public const string FileName = "root-credentials.json";

    public static string Write(string dataDir, AccessKey key)
    {
        var path = Path.GetFullPath(Path.Combine(dataDir, FileName));
        var json = JsonSerializer.Serialize(new { key.AccountId, key.AccessKeyId, key.AccessKeySecret }, new JsonSerializerOptions { WriteIndented = true });
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(json);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
