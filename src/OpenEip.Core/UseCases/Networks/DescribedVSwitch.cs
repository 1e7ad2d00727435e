using OpenEip.Core.Networks;

namespace OpenEip.Core.UseCases.Networks;

public sealed record DescribedVSwitch(VSwitch VSwitch, int AvailableIpAddressCount, string RouteTableId, string ResourceGroupId);
