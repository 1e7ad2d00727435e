namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>Ipv6Sets.Ipv6Set: always empty (no IPv6 here), but present, as clients index into it.</summary>
public sealed record Ipv6SetList(IReadOnlyList<Ipv6SetItem> Ipv6Set);
