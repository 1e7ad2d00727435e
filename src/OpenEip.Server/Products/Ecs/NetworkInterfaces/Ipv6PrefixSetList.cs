namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>Ipv6PrefixSets.Ipv6PrefixSet: always empty (no IPv6 here), but present.</summary>
public sealed record Ipv6PrefixSetList(IReadOnlyList<Ipv6PrefixSetItem> Ipv6PrefixSet);
