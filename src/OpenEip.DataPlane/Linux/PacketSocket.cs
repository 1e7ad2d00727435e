using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// A packet socket in one namespace, for gratuitous ARP requests (what <c>arping -U</c> sends: sender and
/// target address both the announced one, to the broadcast MAC), so that neighbours replace a stale entry at
/// once (recipe P7: without it an outage lasts 20 s or more). In process, because <c>arping -c 2</c> takes a
/// second and a process per address costs 9 ms. Used only on the <see cref="NamespaceThread"/> inside its namespace.
/// </summary>
internal sealed class PacketSocket : IDisposable
{
    private const ushort EthernetProtocolArp = 0x0806;
    private int _fd;

    private PacketSocket(int fd) => _fd = fd;

    public static PacketSocket Open()
    {
        // SOCK_DGRAM: the kernel writes the Ethernet header; protocol 0: this socket receives nothing; not bound: each send names its device.
        var fd = Libc.Socket(Libc.AfPacket, Libc.SockDgram | Libc.SockCloseOnExec, 0);
        if (fd < 0)
            throw new InvalidOperationException($"packet socket: {Libc.LastError()}");
        return new PacketSocket(fd);
    }

    /// <summary>Broadcasts one gratuitous ARP request for <paramref name="address"/> from <paramref name="device"/>.</summary>
    public unsafe void AnnounceArp(string device, IPAddress address)
    {
        ObjectDisposedException.ThrowIf(_fd < 0, this);
        if (address.AddressFamily != AddressFamily.InterNetwork)
            throw new ArgumentException($"{address} is not an IPv4 address (ARP announces IPv4 only)", nameof(address));
        var (index, mac) = InterfaceControl.Describe(device);
        var destination = new PacketAddress
        {
            Family = Libc.AfPacket,
            Protocol = BinaryPrimitives.ReverseEndianness(EthernetProtocolArp),
            InterfaceIndex = index,
            HardwareAddressLength = 6,
        };
        for (var i = 0; i < 6; i++)
            destination.HardwareAddress[i] = 0xff;
        var frame = Frame(mac, address.GetAddressBytes());
        fixed (byte* bytes = frame)
        {
            if (Libc.SendTo(_fd, bytes, frame.Length, 0, ref destination, sizeof(PacketAddress)) < 0)
                throw new InvalidOperationException($"device '{device}': sending gratuitous ARP: {Libc.LastError()}");
        }
    }

    public void Dispose()
    {
        if (_fd < 0)
            return;
        Libc.Close(_fd);
        _fd = -1;
    }

    private static byte[] Frame(byte[] mac, byte[] address)
    {
        var frame = new byte[28];
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(0), 1);          // hardware: Ethernet
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), 0x0800);     // protocol: IPv4
        frame[4] = 6;
        frame[5] = 4;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(6), 1);          // request, as arping -U
        mac.CopyTo(frame, 8);
        address.CopyTo(frame, 14);
        // The target hardware address stays zero (an RFC 5227 announcement); the target address is the sender's own.
        address.CopyTo(frame, 24);
        return frame;
    }
}
