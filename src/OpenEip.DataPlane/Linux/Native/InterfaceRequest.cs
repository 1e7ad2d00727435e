using System.Runtime.InteropServices;
using System.Text;

namespace OpenEip.DataPlane.Linux.Native;

/// <summary>
/// <c>struct ifreq</c> (40 bytes on 64-bit Linux): an interface name, then a union read as flags (short),
/// index (int) or hardware address (<c>struct sockaddr</c>: family, then the MAC).
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 40)]
internal unsafe struct InterfaceRequest
{
    private const int NameSize = 16;

    private fixed byte _name[NameSize];
    private fixed byte _data[24];

    public static InterfaceRequest For(string device)
    {
        var bytes = Encoding.ASCII.GetBytes(device);
        if (bytes.Length is 0 or >= NameSize)
            throw new ArgumentException($"'{device}' is not an interface name (1 to 15 characters)", nameof(device));
        var request = default(InterfaceRequest);
        for (var i = 0; i < bytes.Length; i++)
            request._name[i] = bytes[i];
        return request;
    }

    public short Flags
    {
        get
        {
            fixed (byte* data = _data)
                return *(short*)data;
        }
        set
        {
            fixed (byte* data = _data)
                *(short*)data = value;
        }
    }

    public int Index
    {
        get
        {
            fixed (byte* data = _data)
                return *(int*)data;
        }
    }

    /// <summary>The six bytes after <c>sa_family</c> in <c>ifr_hwaddr</c>.</summary>
    public byte[] HardwareAddress
    {
        get
        {
            fixed (byte* data = _data)
                return new ReadOnlySpan<byte>(data + 2, 6).ToArray();
        }
    }
}
