using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Rpc.Signing;

/// <summary>HMAC-SHA1 signature version 1.0 (wire-protocol.md §2.4), still spoken by pop-core, tea-rpc and older SDKs.</summary>
public static class V1Signature
{
    public static string StringToSign(string method, IReadOnlyDictionary<string, string> parameters)
    {
        var canonical = string.Join('&', parameters
            .Where(p => p.Key != "Signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));
        return method + "&" + PercentEncoding.Encode("/") + "&" + PercentEncoding.Encode(canonical);
    }

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "HMAC-SHA1 is what signature version 1.0 is; clients choose V3 for SHA-256.")]
    public static string Sign(string stringToSign, string secret) =>
        Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(stringToSign)));
}
