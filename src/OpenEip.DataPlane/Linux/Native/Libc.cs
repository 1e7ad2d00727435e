using System.Runtime.InteropServices;

namespace OpenEip.DataPlane.Linux.Native;

/// <summary>
/// The few libc calls the executor needs that .NET does not offer: entering a network namespace on the
/// calling thread, and the socket calls (ioctl on an interface, a packet socket) that must be made from a
/// thread inside that namespace, because a socket belongs to the namespace of the thread that opened it.
/// </summary>
internal static partial class Libc
{
    public const int CloneNewNet = 0x40000000;
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int CloseOnExec = 0x80000;
    public const int AfInet = 2;
    public const int AfPacket = 17;
    public const int SockDgram = 2;
    public const int SockCloseOnExec = 0x80000;
    public const ulong SiocGetInterfaceFlags = 0x8913;
    public const ulong SiocSetInterfaceFlags = 0x8914;
    public const ulong SiocGetHardwareAddress = 0x8927;
    public const ulong SiocGetInterfaceIndex = 0x8933;
    public const short InterfaceUp = 0x1;

    private const string Library = "libc";

    [LibraryImport(Library, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "write", SetLastError = true)]
    public static unsafe partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "setns", SetLastError = true)]
    public static partial int SetNamespace(int fd, int namespaceType);

    [LibraryImport(Library, EntryPoint = "socket", SetLastError = true)]
    public static partial int Socket(int domain, int type, int protocol);

    [LibraryImport(Library, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int Ioctl(int fd, ulong request, ref InterfaceRequest request2);

    [LibraryImport(Library, EntryPoint = "sendto", SetLastError = true)]
    public static unsafe partial nint SendTo(int fd, byte* buffer, nint length, int flags, ref PacketAddress address, int addressLength);

    /// <summary>The interfaces of the calling thread's network namespace: an array of (index, name) ending with (0, null); free it with <see cref="FreeNameIndex"/>.</summary>
    [LibraryImport(Library, EntryPoint = "if_nameindex", SetLastError = true)]
    public static partial nint NameIndex();

    [LibraryImport(Library, EntryPoint = "if_freenameindex")]
    public static partial void FreeNameIndex(nint list);

    /// <summary>The text of the last error of a call above (<c>strerror</c>).</summary>
    public static string LastError() => Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
}
