using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// Interface ioctls in the calling thread's network namespace (the socket they go through is opened by the
/// calling thread, so it must be the <see cref="NamespaceThread"/> inside the right namespace).
/// </summary>
internal static class InterfaceControl
{
    /// <summary>Sets a device up (what <c>ip link set dev up</c> does), e.g. the loopback of a new namespace.</summary>
    public static void SetUp(string device) => WithSocket(fd =>
    {
        var request = InterfaceRequest.For(device);
        Check(Libc.Ioctl(fd, Libc.SiocGetInterfaceFlags, ref request), device);
        if ((request.Flags & Libc.InterfaceUp) != 0)
            return true;
        request.Flags |= Libc.InterfaceUp;
        Check(Libc.Ioctl(fd, Libc.SiocSetInterfaceFlags, ref request), device);
        return true;
    });

    /// <summary>A device's index and MAC address.</summary>
    public static (int Index, byte[] HardwareAddress) Describe(string device) => WithSocket(fd =>
    {
        var request = InterfaceRequest.For(device);
        Check(Libc.Ioctl(fd, Libc.SiocGetInterfaceIndex, ref request), device);
        var index = request.Index;
        request = InterfaceRequest.For(device);
        Check(Libc.Ioctl(fd, Libc.SiocGetHardwareAddress, ref request), device);
        return (index, request.HardwareAddress);
    });

    private static T WithSocket<T>(Func<int, T> action)
    {
        var fd = Libc.Socket(Libc.AfInet, Libc.SockDgram | Libc.SockCloseOnExec, 0);
        if (fd < 0)
            throw new InvalidOperationException($"socket: {Libc.LastError()}");
        try
        {
            return action(fd);
        }
        finally
        {
            Libc.Close(fd);
        }
    }

    private static void Check(int status, string device)
    {
        if (status != 0)
            throw new InvalidOperationException($"device '{device}': {Libc.LastError()}");
    }
}
