using System.Text.Json.Serialization;
using OpenEip.Core.UseCases.Eips;

namespace OpenEip.Server.Products.Vpc.Eips;

/// <summary>AllocateEipAddress(Pro)'s answer. OrderId (a number) is omitted for a pay-as-you-go EIP, as Alibaba does.</summary>
public sealed record AllocateEipAddressResponse(
    string AllocationId,
    string EipAddress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? OrderId,
    string ResourceGroupId)
{
    public static AllocateEipAddressResponse From(AllocatedEip eip) => new(eip.AllocationId, eip.EipAddress, eip.OrderId, eip.ResourceGroupId);
}
