namespace OpenEip.DataPlane.Model;

internal enum LinkKind
{
    Bridge,

    /// <summary>A veth pair, made from this namespace with its peer in <see cref="LinkSpec.PeerNamespace"/>.</summary>
    Veth,
}
