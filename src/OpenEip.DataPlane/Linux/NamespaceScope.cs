namespace OpenEip.DataPlane.Linux;

/// <summary>What a work item on the <see cref="NamespaceThread"/> gets: the namespace it runs in and that namespace's nft context.</summary>
internal readonly struct NamespaceScope(NamespaceThread thread, string? ns)
{
    /// <summary>The namespace the item runs in (null: the process's own).</summary>
    public string? Name => ns;

    /// <summary>The namespace's libnftables context, opened on first use.</summary>
    public NftContext Nft => thread.ContextFor(ns ?? throw new InvalidOperationException("nft runs only in a named namespace"));

    /// <summary>Moves the thread into another namespace for the rest of this item (tests of what is bound where).</summary>
    internal void MoveTo(string? other) => thread.Enter(other);
}
