using OpenEip.Core.Errors;

namespace OpenEip.Core.Compute;

/// <summary>
/// The instance's own transitions and checks (issue 11: the aggregate owns them; the use case loads the facts in its
/// transaction, calls, and saves what it gets back). A power transition records what began and when, and the status
/// follows from that (<see cref="StatusAt"/>); each returns the new state, or the error Alibaba returns, and none
/// touches a store.
/// </summary>
public sealed partial record Instance
{
    /// <summary>StartInstance: a Stopped instance is Starting, then Running.</summary>
    public Result<Instance> Start(DateTimeOffset now, ComputeTimings timings) => Power(PowerTransition.Start, InstanceStatus.Stopped, now, timings);

    /// <summary>StopInstance: a Running instance is Stopping, then Stopped.</summary>
    public Result<Instance> Stop(DateTimeOffset now, ComputeTimings timings) => Power(PowerTransition.Stop, InstanceStatus.Running, now, timings);

    /// <summary>RebootInstance: a Running instance is Stopping, then Starting, then Running again.</summary>
    public Result<Instance> Reboot(DateTimeOffset now, ComputeTimings timings) => Power(PowerTransition.Reboot, InstanceStatus.Running, now, timings);

    /// <summary>
    /// DeleteInstance: a Stopped instance, or with <paramref name="force"/> a Running one too (never one in a
    /// transitional state), in no HaVip and with no EIP, neither on the instance nor on its primary ENI.
    /// </summary>
    public Result<Unit> CheckDelete(InstanceDeleteFacts facts, bool force, DateTimeOffset now, ComputeTimings timings)
    {
        var status = StatusAt(now, timings);
        if (status != InstanceStatus.Stopped && !(force && status == InstanceStatus.Running))
            return ApiErrors.IncorrectInstanceStatus(InstanceId, status, force ? "Stopped or Running" : "Stopped (or use Force)");
        if (facts.HaVipIds.Count > 0)
            return ApiErrors.DependencyViolation("DependencyViolation.HaVip", $"The instance {InstanceId} is associated with the HaVips {string.Join(", ", facts.HaVipIds)}; unassociate it first.");
        var eips = facts.EipsOnInstance.Concat(facts.EipsOnPrimaryEni).Select(e => e.AllocationId).Distinct().ToList();
        if (eips.Count > 0)
            return AssociationErrors.HasBoundEips(InstanceId, eips);
        return Unit.Value;
    }

    /// <summary>
    /// AllocatePublicIpAddress: a Running or Stopped instance without a fixed public IP gets the free address of the
    /// facts. An instance has either an EIP or a fixed public IP (R-ECS-4).
    /// </summary>
    public Result<Instance> AllocatePublicIp(InstancePublicIpFacts facts, DateTimeOffset now, ComputeTimings timings)
    {
        var status = StatusAt(now, timings);
        if (status is not (InstanceStatus.Running or InstanceStatus.Stopped))
            return ApiErrors.IncorrectInstanceStatus(InstanceId, status, "Running or Stopped");
        if (PublicIpAddress.Length > 0)
            return new Error("InvalidOperation.PublicIpAllocated", $"The instance {InstanceId} already has the public IP {PublicIpAddress}.");
        if (facts.EipOnInstance is { } eip)
            return new Error("InvalidStatus.InstanceHasBandWidth", $"The instance {InstanceId} has the EIP {eip.IpAddress} ({eip.AllocationId}); an instance has either an EIP or a fixed public IP (R-ECS-4).");
        if (facts.FreeAddress is not { } address)
            return ApiErrors.PoolExhausted(RegionId);
        return this with { PublicIpAddress = address };
    }

    private Result<Instance> Power(PowerTransition next, string required, DateTimeOffset now, ComputeTimings timings)
    {
        var status = StatusAt(now, timings);
        if (status != required)
            return ApiErrors.IncorrectInstanceStatus(InstanceId, status, required);
        return this with { Transition = next, TransitionStarted = now };
    }
}
