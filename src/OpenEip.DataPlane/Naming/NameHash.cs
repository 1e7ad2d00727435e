using System.Security.Cryptography;
using System.Text;

namespace OpenEip.DataPlane.Naming;

/// <summary>
/// SHA-256 of an id, as the source of every derived name: the same id always gives the same name, with no
/// state to keep, so a restarted driver finds what it built before.
/// </summary>
public static class NameHash
{
    public static byte[] Of(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>The first <paramref name="digits"/> lower-case hex digits of the hash of <paramref name="text"/>.</summary>
    public static string Hex(string text, int digits) => Convert.ToHexStringLower(Of(text))[..digits];
}
