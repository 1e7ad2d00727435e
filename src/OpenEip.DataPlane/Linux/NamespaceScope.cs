namespace OpenEip.DataPlane.Linux;

/// <summary>What a work item on the <see cref="NamespaceThread"/> gets: the namespace it runs in and what is kept open there.</summary>
internal readonly struct NamespaceScope(NamespaceThread thread, string? ns)
{
    /// <summary>The namespace the item runs in (null: the process's own).</summary>
    public string? Name => ns;

    /// <summary>The namespace's libnftables context, opened on first use.</summary>
    public NftContext Nft => thread.HandlesFor(Named).Nft;

    /// <summary>The namespace's packet socket, opened on first use.</summary>
    public PacketSocket Packet => thread.HandlesFor(Named).Packet;

    private string Named => ns ?? throw new InvalidOperationException("only a named namespace keeps sockets");

    /// <summary>Moves the thread into another namespace for the rest of this item (tests of what is bound where).</summary>
    internal void MoveTo(string? other) => thread.Enter(other);
}
