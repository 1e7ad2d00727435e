using OpenEip.Core.UseCases.Compute;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record PrivateIpSetList(IReadOnlyList<PrivateIpSetItem> PrivateIpSet)
{
    public static PrivateIpSetList From(DescribedNetworkInterface eni) =>
        new(eni.PrivateIpAddresses.Select(ip => new PrivateIpSetItem(ip, ip == eni.NetworkInterface.PrimaryIpAddress, AssociatedPublicIp.Of(eni.EipOn(ip)))).ToList());
}
