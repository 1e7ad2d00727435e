using System.Runtime.InteropServices;
using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// One libnftables context. Its netlink socket is opened by <c>nft_ctx_new</c> and belongs for life to the
/// network namespace of the thread that created it; but libnftables resolves interface names
/// (<c>iif "eth0"</c>) on the calling thread at run time. So a context is created, used and freed only on a
/// thread that is inside its namespace (<see cref="NamespaceThread"/>), never concurrently. Both facts are
/// proved in <c>NftContextBindingTests</c>.
/// </summary>
internal sealed class NftContext : IDisposable
{
    private nint _handle;

    private NftContext(nint handle) => _handle = handle;

    /// <summary>Opens a context in the calling thread's network namespace.</summary>
    public static NftContext Open()
    {
        var handle = Libnftables.ContextNew(0);
        if (handle == 0)
            throw new InvalidOperationException("nft_ctx_new failed");
        // Buffer both streams, so that nothing is printed on the server's stdout and the error text is ours to report.
        Libnftables.BufferOutput(handle);
        Libnftables.BufferError(handle);
        return new NftContext(handle);
    }

    /// <summary>Runs a script as one transaction: all of it applies, or none. Returns null on success, else what nft said.</summary>
    public string? Run(string script) => Query(script).Error;

    /// <summary>Runs a command and returns what it printed (null and the error when it failed).</summary>
    public (string? Output, string? Error) Query(string command)
    {
        ObjectDisposedException.ThrowIf(_handle == 0, this);
        var status = Libnftables.RunCommand(_handle, command);
        // Reading the buffers also empties them, so one run's text never leaks into the next one's error.
        var error = Marshal.PtrToStringUTF8(Libnftables.GetErrorBuffer(_handle)) ?? "";
        var output = Marshal.PtrToStringUTF8(Libnftables.GetOutputBuffer(_handle)) ?? "";
        return status == 0 ? (output, null) : (null, error.Length > 0 ? error.TrimEnd() : $"nft_run_cmd_from_buffer returned {status} without a message");
    }

    public void Dispose()
    {
        if (_handle == 0)
            return;
        Libnftables.ContextFree(_handle);
        _handle = 0;
    }
}
