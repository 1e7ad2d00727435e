namespace OpenEip.DataPlane.Linux;

/// <summary>
/// What the <see cref="NamespaceThread"/> keeps open in one namespace, opened on first use from inside it.
/// <see cref="Identity"/> (<c>net:[inode]</c>) tells whether the name still means the same namespace.
/// </summary>
internal sealed class NamespaceHandles(string identity) : IDisposable
{
    private NftContext? _nft;
    private PacketSocket? _packet;

    public string Identity => identity;

    /// <summary>The namespace's libnftables context (its socket and ruleset cache).</summary>
    public NftContext Nft => _nft ??= NftContext.Open();

    /// <summary>The namespace's packet socket for gratuitous ARP (kept open: closing a packet socket waits for an RCU grace period).</summary>
    public PacketSocket Packet => _packet ??= PacketSocket.Open();

    public void Dispose()
    {
        _nft?.Dispose();
        _packet?.Dispose();
    }
}
