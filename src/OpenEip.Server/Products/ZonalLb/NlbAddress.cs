using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

public sealed record NlbAddress(string AllocationId, string PublicIPv4Address, string PrivateIPv4Address, string EipType);
