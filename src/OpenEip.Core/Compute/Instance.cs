namespace OpenEip.Core.Compute;

/// <summary>
/// An ECS instance. Its status is not stored: it follows from the last power transition and when it
/// began (<see cref="StatusAt"/>), so no background job is needed and a restart never leaves one stuck.
/// Its transitions (start, stop, reboot, a fixed public IP) and the check of delete are its own methods, in
/// Instance.Transitions.cs.
/// </summary>
public sealed partial record Instance
{
    public required string InstanceId { get; init; }
    public required string AccountId { get; init; }
    public required string RegionId { get; init; }
    public required string ZoneId { get; init; }
    public required string InstanceType { get; init; }
    public string InstanceName { get; init; } = "";
    public string Description { get; init; } = "";
    public string HostName { get; init; } = "";
    public string ImageId { get; init; } = "";

    /// <summary>"vpc", or "classic" for the old network (R-ECS-1).</summary>
    public required string NetworkType { get; init; }
    public string VpcId { get; init; } = "";
    public string VSwitchId { get; init; } = "";
    public string PrimaryNetworkInterfaceId { get; init; } = "";

    /// <summary>The private address of a classic-network instance (VPC instances have theirs on the primary ENI).</summary>
    public string ClassicInnerIpAddress { get; init; } = "";

    /// <summary>The fixed public IP of R-ECS-4, if one was allocated.</summary>
    public string PublicIpAddress { get; init; } = "";
    public string ResourceGroupId { get; init; } = "";
    public required PowerTransition Transition { get; init; }
    public required DateTimeOffset TransitionStarted { get; init; }
    public required DateTimeOffset CreationTime { get; init; }

    public string StatusAt(DateTimeOffset now, ComputeTimings timings)
    {
        var elapsed = now - TransitionStarted;
        return Transition switch
        {
            PowerTransition.Launch => elapsed < timings.Pending ? InstanceStatus.Pending
                : elapsed < timings.Pending + timings.Starting ? InstanceStatus.Starting : InstanceStatus.Running,
            PowerTransition.Create => elapsed < timings.Pending ? InstanceStatus.Pending : InstanceStatus.Stopped,
            PowerTransition.Start => elapsed < timings.Starting ? InstanceStatus.Starting : InstanceStatus.Running,
            PowerTransition.Stop => elapsed < timings.Stopping ? InstanceStatus.Stopping : InstanceStatus.Stopped,
            PowerTransition.Reboot => elapsed < timings.Stopping ? InstanceStatus.Stopping
                : elapsed < timings.Stopping + timings.Starting ? InstanceStatus.Starting : InstanceStatus.Running,
            _ => throw new InvalidOperationException($"Unknown transition {Transition}."),
        };
    }
}
