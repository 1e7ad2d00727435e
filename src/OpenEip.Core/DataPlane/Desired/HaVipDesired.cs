namespace OpenEip.Core.DataPlane.Desired;

/// <summary>
/// A HaVip: an address that moves between member interfaces. Whichever member holds it gets its traffic
/// (the router learns it by gratuitous ARP); <see cref="MasterInterfaceId"/> is the member the API names.
/// </summary>
public sealed record HaVipDesired(string HaVipId, string VSwitchId, string IpAddress, IReadOnlyList<string> MemberInterfaceIds, string MasterInterfaceId);
