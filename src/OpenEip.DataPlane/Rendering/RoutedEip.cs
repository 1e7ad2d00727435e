namespace OpenEip.DataPlane.Rendering;

/// <summary>An EIP held as an address by a host interface: BINDED (it replaces the private address) or MULTI_BINDED.</summary>
internal sealed record RoutedEip(string AllocationId, string Address, bool Binded);
