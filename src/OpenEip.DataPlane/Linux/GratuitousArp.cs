using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// A gratuitous ARP request (what <c>arping -U</c> sends: sender and target address both the announced
/// one, to the broadcast MAC), sent from a packet socket so that neighbours replace a stale entry at once
/// (recipe P7: without it an outage lasts 20 s or more). In process, because <c>arping -c 2</c> takes a
/// second and a process per address is 9 ms.
/// </summary>
internal sealed class GratuitousArp : IDisposable
{
    private const ushort EthernetProtocolArp = 0x0806;
    private readonly int _socket;
    private readonly byte[] _frame;
    private PacketAddress _destination;

    private GratuitousArp(int socket, byte[] frame, PacketAddress destination)
    {
        _socket = socket;
        _frame = frame;
        _destination = destination;
    }

    /// <summary>Opens a packet socket on <paramref name="device"/> in the calling thread's namespace (so on the <see cref="NamespaceThread"/>).</summary>
    public static unsafe GratuitousArp Open(string device, IPAddress address)
    {
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
        // SOCK_DGRAM: the kernel writes the Ethernet header; protocol 0: this socket receives nothing.
        var socket = Libc.Socket(Libc.AfPacket, Libc.SockDgram | Libc.SockCloseOnExec, 0);
        if (socket < 0)
            throw new InvalidOperationException($"packet socket: {Libc.LastError()}");
        return new GratuitousArp(socket, Frame(mac, address.GetAddressBytes()), destination);
    }

    /// <summary>Sends one announcement; the socket may be used from any thread once open.</summary>
    public unsafe void Send()
    {
        fixed (byte* frame = _frame)
        {
            if (Libc.SendTo(_socket, frame, _frame.Length, 0, ref _destination, sizeof(PacketAddress)) < 0)
                throw new InvalidOperationException($"sending gratuitous ARP: {Libc.LastError()}");
        }
    }

    public void Dispose() => Libc.Close(_socket);

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
        // Target hardware address stays zero (RFC 5227 announcement); the target address is the sender's own.
        address.CopyTo(frame, 24);
        return frame;
    }
}
