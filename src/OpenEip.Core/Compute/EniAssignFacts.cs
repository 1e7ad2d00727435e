namespace OpenEip.Core.Compute;

/// <summary>
/// What adding private IPs to an ENI decides on (R-ENI-4), read in its transaction: the addresses it holds (its
/// primary one included) and the type of the instance it counts against at the time of the call, null when it counts
/// against none (then <see cref="NetworkInterface.MaxPrivateIpsWhenDetached"/> applies).
/// </summary>
public sealed record EniAssignFacts(IReadOnlyList<string> HeldPrivateIps, InstanceType? AttachedInstanceType);
