namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>Ipv4PrefixSets.Ipv4PrefixSet: always empty (no IPv4 prefixes here), but present.</summary>
public sealed record Ipv4PrefixSetList(IReadOnlyList<Ipv4PrefixSetItem> Ipv4PrefixSet);
