using System.Text.Json;
using OpenEip.Core.Accounts;
using OpenEip.Storage;

namespace OpenEip.Server.Hosting;

/// <summary>The operator's generated AccessKey, written once to a file only its owner can read (mode 0600).</summary>
public static class RootCredentialsFile
{
    public const string FileName = "root-credentials.json";

    public static string Write(string dataDir, AccessKey key)
    {
        var path = Path.GetFullPath(Path.Combine(dataDir, FileName));
        FilePermissions.WritePrivateFile(path, JsonSerializer.Serialize(new { key.AccountId, key.AccessKeyId, key.AccessKeySecret }, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
