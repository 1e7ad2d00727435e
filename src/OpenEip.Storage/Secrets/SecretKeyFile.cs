using System.Security.Cryptography;

namespace OpenEip.Storage.Secrets;

/// <summary>
/// The file holding the key that seals AccessKey secrets: 32 random bytes, base64, created on first
/// start with mode 0600 in a folder of mode 0700. Kept apart from the database so that a copy of the
/// database (a backup, a support bundle) holds no usable secret; operators can put it anywhere
/// (<c>OpenEip:Secrets:KeyFile</c>), and several servers sharing one database share the same file.
/// </summary>
public static class SecretKeyFile
{
    public static SecretProtector LoadOrCreate(string path)
    {
        var full = Path.GetFullPath(path);
        FilePermissions.CreatePrivateDirectory(Path.GetDirectoryName(full)!);
        if (!File.Exists(full))
        {
            try
            {
                FilePermissions.WritePrivateFile(full, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n", createNew: true);
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another server process created it first: use theirs.
            }
        }

        FilePermissions.MakePrivate(full);
        var text = File.ReadAllText(full).Trim();
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The secrets key file {full} does not hold a base64 key.", e);
        }

        return key.Length == 32
            ? new SecretProtector(key, $"the secrets key file {full}")
            : throw new InvalidOperationException($"The secrets key file {full} holds {key.Length} bytes; a key is 32 bytes (base64).");
    }
}
