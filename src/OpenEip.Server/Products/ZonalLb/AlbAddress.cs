using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

public sealed record AlbAddress(string Address, string IntranetAddress, string AllocationId, string EipType);
