using System.Net;

namespace OpenEip.Core.Pools;

/// <summary>IPv4 addresses <see cref="First"/> to <see cref="Last"/>, both included, as 32-bit numbers.</summary>
public sealed record AddressRange(uint First, uint Last)
{
    public long Count => (long)Last - First + 1;

    public IEnumerable<string> Addresses()
    {
        for (var n = (long)First; n <= Last; n++)
            yield return new IPAddress([(byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n]).ToString();
    }
}
