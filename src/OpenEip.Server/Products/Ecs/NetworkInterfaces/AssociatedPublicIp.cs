using OpenEip.Core.Eips;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>The EIP of an ENI or of one of its private IPs; empty strings when there is none.</summary>
public sealed record AssociatedPublicIp(string PublicIpAddress, string AllocationId)
{
    public static AssociatedPublicIp Of(Eip? eip) => new(eip?.IpAddress ?? "", eip?.AllocationId ?? "");
}
