using OpenEip.Core.DataPlane.Desired;

namespace OpenEip.DataPlane.Rendering;

/// <summary>
/// What one EIP adds to the network so that it carries traffic: elements and routes in its VPC's router
/// and region's gateway, the conntrack filters that cut its connections when it goes, and, for an EIP a
/// host interface holds (<see cref="Routed"/>), that interface, whose host is rendered with it.
/// </summary>
internal sealed record EipProgram(string AllocationId, long Generation, EipDelivery Delivery, string Address, IReadOnlyList<ProgramFact> Facts)
{
    /// <summary>The host interface holding the EIP, for BINDED and MULTI_BINDED.</summary>
    public InterfaceContext? Interface { get; init; }

    public RoutedEip? Routed => Interface is null ? null : new RoutedEip(AllocationId, Address, Delivery == EipDelivery.Binded);

    /// <summary>Whether two programs put the same things in the same places (generations aside).</summary>
    public bool SameAs(EipProgram? other) =>
        other is not null && Delivery == other.Delivery && Address == other.Address
        && Interface?.Id == other.Interface?.Id && Interface?.Host.Namespace == other.Interface?.Host.Namespace
        && Facts.SequenceEqual(other.Facts);
}
