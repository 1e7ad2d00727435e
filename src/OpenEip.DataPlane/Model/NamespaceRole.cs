namespace OpenEip.DataPlane.Model;

/// <summary>What a namespace is for; the order is the build order (a link's peer namespace exists before the link is made).</summary>
internal enum NamespaceRole
{
    Internet,
    Gateway,
    Router,
    Host,
}
