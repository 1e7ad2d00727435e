using System.Security.Cryptography;

namespace OpenEip.LoadBench.Signing;

/// <summary>
/// What makes a signed request unique: the time it was signed (checked against a 15-minute window) and a nonce the
/// server refuses to see twice. Made anew for every request, so no signed request is ever sent twice.
/// </summary>
public readonly record struct RequestStamp(string Timestamp, string Nonce)
{
    public static RequestStamp Now() => new(Iso(DateTimeOffset.UtcNow), NewNonce());

    /// <summary>64 hex characters, as the openapi SDK sends.</summary>
    public static string NewNonce()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
