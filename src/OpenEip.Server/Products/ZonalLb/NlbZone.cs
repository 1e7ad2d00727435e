using OpenEip.Core.LoadBalancers;

namespace OpenEip.Server.Products.ZonalLb;

public sealed record NlbZone(string ZoneId, string VSwitchId, string Status, IReadOnlyList<NlbAddress> LoadBalancerAddresses);
