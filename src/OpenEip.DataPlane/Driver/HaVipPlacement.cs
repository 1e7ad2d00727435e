namespace OpenEip.DataPlane.Driver;

/// <summary>Where the driver last put a HaVip's address: its master interface, as a device in a host namespace.</summary>
internal sealed record HaVipPlacement(string MasterInterfaceId, string Address, string Namespace, string Device);
