using OpenEip.Core.Networks;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Networks;

public sealed record DescribedVSwitch(VSwitch VSwitch, int AvailableIpAddressCount, string RouteTableId, string ResourceGroupId)
{
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}
