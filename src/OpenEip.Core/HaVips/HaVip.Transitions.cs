using OpenEip.Core.Errors;

namespace OpenEip.Core.HaVips;

/// <summary>
/// The HaVip's own transitions (issue 11: the aggregate owns them, the use case loads, calls and saves): members join
/// and leave, and the master moves. Each returns the new state or the error Alibaba returns; none touches a store.
/// </summary>
public sealed partial record HaVip
{
    /// <summary>AssociateHaVip (R-HAVIP-2): up to <see cref="MaxMembers"/> members; the first one becomes the master.</summary>
    public Result<HaVip> AddMember(string instanceId, string instanceType)
    {
        if (Members.Any(m => m.InstanceId == instanceId))
            return new Error("InvalidAssociation.Duplicated", $"{instanceId} is already associated with the HaVip {HaVipId}.");
        if (Members.Count >= MaxMembers)
            return new Error("QuotaExceeded.HaVipInstances", $"A HaVip is associated with at most {MaxMembers} instances or network interfaces.");
        return this with
        {
            Members = [.. Members, new HaVipMember(instanceId, instanceType)],
            MasterInstanceId = Members.Count == 0 ? instanceId : MasterInstanceId,
        };
    }

    /// <summary>UnassociateHaVip: a member leaves; if it was the master, the next member takes over (none: no master).</summary>
    public Result<HaVip> RemoveMember(string instanceId)
    {
        if (Members.All(m => m.InstanceId != instanceId))
            return new Error("InvalidBindingStatus", $"{ApiErrors.Shorten(instanceId)} is not associated with the HaVip {HaVipId}.");
        var members = Members.Where(m => m.InstanceId != instanceId).ToList();
        return this with
        {
            Members = members,
            MasterInstanceId = MasterInstanceId == instanceId ? members.FirstOrDefault()?.InstanceId ?? "" : MasterInstanceId,
        };
    }

    /// <summary>The operator's failover (R-HAVIP-5): only a member can be master.</summary>
    public Result<HaVip> MakeMaster(string instanceId) =>
        Members.Any(m => m.InstanceId == instanceId)
            ? this with { MasterInstanceId = instanceId }
            : new Error("InvalidBindingStatus", $"{ApiErrors.Shorten(instanceId)} is not associated with the HaVip {HaVipId}; only a member can be master.");
}
