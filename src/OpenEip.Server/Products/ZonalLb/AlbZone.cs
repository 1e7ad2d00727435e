using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

public sealed record AlbZone(string ZoneId, string VSwitchId, string Status, IReadOnlyList<AlbAddress> LoadBalancerAddresses);
