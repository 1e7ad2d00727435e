using System.Runtime.InteropServices;

namespace OpenEip.DataPlane.Linux.Native;

/// <summary><c>struct sockaddr_ll</c> (20 bytes): where a packet socket sends a frame.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct PacketAddress
{
    public ushort Family;
    public ushort Protocol;
    public int InterfaceIndex;
    public ushort HardwareType;
    public byte PacketType;
    public byte HardwareAddressLength;
    public fixed byte HardwareAddress[8];
}
