using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Regions;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// What the ENI binding rules decide on, read in the binding's transaction: the ENI and its status at the time of
/// the call, its region's entry in the catalogue (R-BIND-6, R-MULTI-5), the EIPs already on it (the EIP being bound
/// among them when ModifyEipForwardMode rebinds it), the private IPs it owns (R-ENI-2), and the EIP already bound as
/// an IP address to the private IP the binding would take (the one asked for, else the ENI's primary one).
/// </summary>
public sealed record NetworkInterfaceBindingFacts(
    NetworkInterface? Eni,
    string EniStatus,
    Region? Region,
    IReadOnlyList<Eip> EipsOnEni,
    IReadOnlyList<string> OwnedPrivateIps,
    Eip? EipBoundToAddress)
{
    public static readonly NetworkInterfaceBindingFacts NotFound = new(null, "", null, [], [], null);

    // The MULTI_BINDED facts are read only when that mode is asked for, so a NAT or BINDED binding (and each console
    // check) reads no more of the store than before.

    /// <summary>The account's MULTI_BINDED privilege (R-MULTI-4): below 1 the mode is closed to it.</summary>
    public long MultiBindedPrivilege { get; init; }

    /// <summary>The instance the ENI counts against at the time of the call (attaching, attached or detaching), if any.</summary>
    public string? AttachedInstanceId { get; init; }

    /// <summary>
    /// That instance's type's family and whether MULTI_BINDED serves it (R-MULTI-6); null when the instance or its type
    /// is not found, which the rule lets through.
    /// </summary>
    public MultiBindedFamily? AttachedFamily { get; init; }
}
