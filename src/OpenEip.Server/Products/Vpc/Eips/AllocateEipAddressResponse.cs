using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Server.Products.Vpc.Eips;

public sealed record AllocateEipAddressResponse(string AllocationId, string EipAddress, long OrderId, string ResourceGroupId)
{
    public static AllocateEipAddressResponse From(AllocatedEip eip) => new(eip.AllocationId, eip.EipAddress, eip.OrderId, eip.ResourceGroupId);
}
