using System.Security.Cryptography;

namespace OpenEip.Core.Identity;

/// <summary>
/// Ids shaped like Alibaba's (clients infer resource kinds from the prefix): the prefix, a dash and
/// 20 random lowercase letters and digits. Unguessable, so never reused in practice.
/// </summary>
public static class ResourceIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string New(string prefix) => prefix + "-" + RandomNumberGenerator.GetString(Alphabet, 20);

    /// <summary>
    /// A resource group id: <c>rg-</c> and 15 random lowercase letters and digits, 18 characters as Alibaba's
    /// (ListResourceGroups documents ResourceGroupId as at most 18 characters starting with <c>rg-</c>).
    /// </summary>
    public static string NewResourceGroupId() => "rg-" + RandomNumberGenerator.GetString(Alphabet, 15);

    /// <summary>A 16-digit account id, as Alibaba's numeric account (UID) ids.</summary>
    public static string NewAccountId() => "1" + RandomNumberGenerator.GetString("0123456789", 15);

    public static string NewAccessKeyId() => "LTAI" + RandomNumberGenerator.GetString(KeyAlphabet, 20);

    public static string NewAccessKeySecret() => RandomNumberGenerator.GetString(KeyAlphabet, 30);

    /// <summary>A request id in Alibaba's format (an upper-case GUID).</summary>
    public static string NewRequestId() => Guid.NewGuid().ToString("D").ToUpperInvariant();
}
