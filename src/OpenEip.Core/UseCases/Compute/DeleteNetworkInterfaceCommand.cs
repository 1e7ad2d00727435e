namespace OpenEip.Core.UseCases.Compute;

public sealed record DeleteNetworkInterfaceCommand(string AccountId, string RegionId, string NetworkInterfaceId);
