namespace OpenEip.DataPlane.Model;

/// <summary>
/// A link this namespace creates. A veth's peer lands in <see cref="PeerNamespace"/> as <see cref="PeerName"/>
/// with <see cref="PeerMac"/>; a changed spec means the link is deleted and made again.
/// </summary>
internal sealed record LinkSpec(string Name, LinkKind Kind, string? Mac = null, string? PeerName = null, string? PeerNamespace = null, string? PeerMac = null);
