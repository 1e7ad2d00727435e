namespace OpenEip.Core.Compute;

/// <summary>
/// An elastic network interface. Primary ENIs come and go with their instance; secondary ones are
/// attached and detached asynchronously (Available → Attaching → InUse → Detaching → Available).
/// Its private IPs are held in the vSwitch's address table; <see cref="PrimaryIpAddress"/> is one of them.
/// Its transitions (attach, detach, modify) and the checks of delete and of private IPs are its own methods, in
/// NetworkInterface.Transitions.cs.
/// </summary>
public sealed partial record NetworkInterface
{
    /// <summary>The most private IPs an ENI that is not attached may hold (attached ones follow the instance type, R-ENI-4).</summary>
    public const int MaxPrivateIpsWhenDetached = 50;

    public required string NetworkInterfaceId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string ZoneId { get; init; }
    public required string VpcId { get; init; }
    public required string VSwitchId { get; init; }

    /// <summary>"Primary" or "Secondary".</summary>
    public required string Type { get; init; }
    public required string PrimaryIpAddress { get; init; }
    public required string MacAddress { get; init; }
    public IReadOnlyList<string> SecurityGroupIds { get; init; } = [];
    public string NetworkInterfaceName { get; init; } = "";
    public string Description { get; init; } = "";
    public string ResourceGroupId { get; init; } = "";

    /// <summary>The instance it is attached to, or being attached to or detached from; empty when Available.</summary>
    public string InstanceId { get; init; } = "";

    /// <summary>True while attaching or attached; false while detaching or detached.</summary>
    public bool Attached { get; init; }
    public required DateTimeOffset AttachmentChanged { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>
    /// True while an EIP in BINDED mode has replaced the private address (R-BIND-4), and after such an
    /// EIP was released under it by the system until the ENI is detached and attached again (R-BIND-8).
    /// </summary>
    public bool PrivateTrafficDisabled { get; init; }

    public bool IsPrimary => Type == "Primary";

    public string StatusAt(DateTimeOffset now, ComputeTimings timings)
    {
        if (IsPrimary)
            return "InUse";
        if (InstanceId.Length == 0)
            return "Available";
        var settled = now - AttachmentChanged >= timings.EniAttach;
        return Attached ? (settled ? "InUse" : "Attaching") : (settled ? "Available" : "Detaching");
    }

    /// <summary>The instance DescribeNetworkInterfaces names: empty once a detach has settled.</summary>
    public string VisibleInstanceIdAt(DateTimeOffset now, ComputeTimings timings) => AttachedInstanceAt(now, timings) ?? "";

    /// <summary>The instance it counts against (attaching or attached), if any.</summary>
    public string? AttachedInstanceAt(DateTimeOffset now, ComputeTimings timings) =>
        InstanceId.Length > 0 && (Attached || StatusAt(now, timings) == "Detaching") ? InstanceId : null;
}
