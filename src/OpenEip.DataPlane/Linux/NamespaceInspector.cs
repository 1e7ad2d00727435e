using System.Runtime.InteropServices;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Linux.Native;

namespace OpenEip.DataPlane.Linux;

/// <summary>
/// Lists a namespace's links (<c>if_nameindex</c>, whose netlink socket is opened in the calling thread's
/// namespace) and its nftables chains, from a work item on the <see cref="NamespaceThread"/> inside it.
/// </summary>
internal static class NamespaceInspector
{
    public static NamespaceInventory Inspect(NamespaceScope scope)
    {
        var (listing, error) = scope.Nft.Query("list chains");
        if (error is not null)
            throw new InvalidOperationException($"nft list chains: {error}");
        return new NamespaceInventory(Links(), NftChainListing.Parse(listing!));
    }

    private static List<string> Links()
    {
        var list = Libc.NameIndex();
        if (list == 0)
            throw new InvalidOperationException($"if_nameindex: {Libc.LastError()}");
        try
        {
            var names = new List<string>();
            // struct if_nameindex { unsigned int if_index; char *if_name; }: the pointer sits at offset 8 on 64-bit Linux.
            var stride = 2 * IntPtr.Size;
            for (var at = list; Marshal.ReadInt32(at) != 0; at += stride)
                names.Add(Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(at, IntPtr.Size)) ?? "");
            return names;
        }
        finally
        {
            Libc.FreeNameIndex(list);
        }
    }
}
