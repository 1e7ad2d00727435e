namespace OpenEip.Core.LoadBalancers;

/// <summary>One zone of an ALB or NLB: its vSwitch, the private address there and, when the load
/// balancer is Internet-facing, the system-managed EIP of that zone (R-LB-2).</summary>
public sealed record ZoneMapping(string ZoneId, string VSwitchId, string IntranetAddress, string AllocationId = "", string PublicAddress = "");
