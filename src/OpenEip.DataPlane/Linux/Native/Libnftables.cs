using System.Runtime.InteropServices;

namespace OpenEip.DataPlane.Linux.Native;

/// <summary>
/// libnftables (Debian's <c>libnftables1</c>), the library behind the <c>nft</c> command: a script runs as
/// one netlink transaction without a process per change (0.5 ms instead of 25 ms, recipe §7).
/// </summary>
internal static partial class Libnftables
{
    public const string Library = "libnftables.so.1";

    [LibraryImport(Library, EntryPoint = "nft_ctx_new")]
    public static partial nint ContextNew(uint flags);

    [LibraryImport(Library, EntryPoint = "nft_ctx_free")]
    public static partial void ContextFree(nint context);

    [LibraryImport(Library, EntryPoint = "nft_ctx_buffer_output")]
    public static partial int BufferOutput(nint context);

    [LibraryImport(Library, EntryPoint = "nft_ctx_buffer_error")]
    public static partial int BufferError(nint context);

    [LibraryImport(Library, EntryPoint = "nft_ctx_get_output_buffer")]
    public static partial nint GetOutputBuffer(nint context);

    [LibraryImport(Library, EntryPoint = "nft_ctx_get_error_buffer")]
    public static partial nint GetErrorBuffer(nint context);

    [LibraryImport(Library, EntryPoint = "nft_run_cmd_from_buffer", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RunCommand(nint context, string buffer);
}
