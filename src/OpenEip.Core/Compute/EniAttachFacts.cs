using OpenEip.Core.Eips;

namespace OpenEip.Core.Compute;

/// <summary>
/// What AttachNetworkInterface decides on, read in its transaction: the instance asked for and its type (R-ENI-4),
/// whether that type's family may carry MULTI_BINDED EIPs (R-MULTI-6), the ENIs the store lists for the instance (the
/// decision counts those attaching, attached or detaching), how many private IPs the ENI holds (R-ENI-4) and the EIPs
/// bound to the ENI (R-MULTI-6, R-BIND-8).
/// </summary>
public sealed record EniAttachFacts(
    Instance Instance,
    InstanceType InstanceType,
    bool MultiBindedSupported,
    IReadOnlyList<NetworkInterface> InstanceEnis,
    int HeldPrivateIpCount,
    IReadOnlyList<Eip> EipsOnEni);
