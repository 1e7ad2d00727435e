using System.Security.Cryptography;
using System.Text;

namespace OpenEip.Storage.Secrets;

/// <summary>
/// Seals AccessKey secrets for storage with AES-256-GCM. Hashing cannot do: both signature schemes are
/// HMACs keyed by the secret, so the server must recover it. The key lives outside the database (a file
/// of its own, <see cref="SecretKeyFile"/>), so a copy of the database alone reveals no secret. A sealed
/// value is <c>v1:&lt;key id&gt;:&lt;base64 of nonce, ciphertext, tag&gt;</c>; the associated data binds
/// it to its AccessKeyId, so a sealed secret moved to another row does not open.
/// </summary>
public sealed class SecretProtector
{
    private const string Prefix = "v1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    public SecretProtector(byte[] key, string source = "the secrets key")
    {
        Source = source;
        if (key.Length != 32)
            throw new ArgumentException("The secrets key is 32 bytes (AES-256).", nameof(key));
        _key = key;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key))[..8];
    }

    /// <summary>Where the key came from (its file), for messages.</summary>
    public string Source { get; }

    /// <summary>Names the key (a hash prefix, not the key): a sealed value says which key sealed it.</summary>
    public string KeyId { get; }

    /// <summary>A protector with a random key that lives as long as the process (tests, throwaway stores).</summary>
    public static SecretProtector Ephemeral() => new(RandomNumberGenerator.GetBytes(32));

    public static bool IsSealed(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    public string Seal(string secret, string context)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Encoding.UTF8.GetBytes(context));
        return $"{Prefix}{KeyId}:{Convert.ToBase64String(sealedBytes)}";
    }

    /// <exception cref="SecretKeyMismatchException">The value was sealed with another key, or altered.</exception>
    public string Unseal(string sealedValue, string context)
    {
        var parts = sealedValue.Split(':');
        if (parts.Length != 3 || parts[0] + ":" != Prefix)
            throw new SecretKeyMismatchException("a stored secret is not in the sealed format.");
        if (parts[1] != KeyId)
            throw new SecretKeyMismatchException($"a stored secret was sealed with the key {parts[1]}, but {Source} holds the key {KeyId}: restore the key file this database was sealed with (OpenEip:Secrets:KeyFile).");
        var sealedBytes = Convert.FromBase64String(parts[2]);
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[Math.Max(0, length)];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plain, Encoding.UTF8.GetBytes(context));
        }
        catch (CryptographicException e)
        {
            throw new SecretKeyMismatchException($"a stored secret does not open with {Source} (altered, or moved to another AccessKey).", e);
        }

        return Encoding.UTF8.GetString(plain);
    }
}
