namespace OpenEip.Core.UseCases.Compute;

/// <summary>DetachNetworkInterface: the ENI and the instance it is attached to.</summary>
public sealed record DetachNetworkInterfaceCommand(string AccountId, string RegionId, string NetworkInterfaceId, string InstanceId);
