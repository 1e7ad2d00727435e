using OpenEip.Core.Compute;

namespace OpenEip.Core.Ports;

public interface IComputeRecords
{
    Task InsertSecurityGroupAsync(SecurityGroup group);

    Task<SecurityGroup?> FindSecurityGroupAsync(string accountId, string securityGroupId);

    Task<Page<SecurityGroup>> QuerySecurityGroupsAsync(ComputeQuery query);

    Task DeleteSecurityGroupAsync(string securityGroupId);

    Task<IReadOnlyList<SecurityGroupRule>> ListRulesAsync(string securityGroupId);

    Task InsertRuleAsync(SecurityGroupRule rule);

    Task DeleteRuleAsync(string securityGroupRuleId);

    /// <summary>ENIs that carry the group, to refuse deleting it (a few, to name them).</summary>
    Task<IReadOnlyList<string>> ListNetworkInterfacesInGroupAsync(string securityGroupId, int limit);

    Task InsertInstanceAsync(Instance instance);

    Task UpdateInstanceAsync(Instance instance);

    Task DeleteInstanceAsync(string instanceId);

    Task<Instance?> FindInstanceAsync(string accountId, string instanceId);

    Task<Page<Instance>> QueryInstancesAsync(ComputeQuery query);

    Task InsertNetworkInterfaceAsync(NetworkInterface eni);

    Task UpdateNetworkInterfaceAsync(NetworkInterface eni);

    Task DeleteNetworkInterfaceAsync(string networkInterfaceId);

    Task<NetworkInterface?> FindNetworkInterfaceAsync(string accountId, string networkInterfaceId);

    Task<Page<NetworkInterface>> QueryNetworkInterfacesAsync(ComputeQuery query);

    /// <summary>ENIs whose InstanceId is this instance (attached, attaching, detaching or detached since).</summary>
    Task<IReadOnlyList<NetworkInterface>> ListNetworkInterfacesOfInstanceAsync(string instanceId);
}
