namespace OpenEip.DataPlane.Actions;

/// <summary>Sends gratuitous ARP for an address that just arrived on a device (<c>arping -U -c 2 -I &lt;Device&gt; &lt;Address&gt;</c>), so neighbours update at once.</summary>
public sealed record AnnounceAddress(string Namespace, string Device, string Address) : DataPlaneAction;
