namespace OpenEip.Core.UseCases.Compute;

/// <summary>AttachNetworkInterface: the ENI and the instance it is to be attached to, both in RegionId.</summary>
public sealed record AttachNetworkInterfaceCommand(string AccountId, string RegionId, string NetworkInterfaceId, string InstanceId);
