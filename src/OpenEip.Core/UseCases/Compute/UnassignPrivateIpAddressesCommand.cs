namespace OpenEip.Core.UseCases.Compute;

public sealed record UnassignPrivateIpAddressesCommand(string AccountId, string RegionId, string NetworkInterfaceId, IReadOnlyList<string> PrivateIpAddresses);
