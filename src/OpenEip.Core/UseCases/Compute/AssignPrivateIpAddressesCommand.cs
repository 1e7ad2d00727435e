namespace OpenEip.Core.UseCases.Compute;

/// <summary>AssignPrivateIpAddresses: the addresses asked for (PrivateIpAddress.N) or, when none, a count of free ones.</summary>
public sealed record AssignPrivateIpAddressesCommand(string AccountId, string RegionId, string NetworkInterfaceId)
{
    public IReadOnlyList<string> PrivateIpAddresses { get; init; } = [];
    public int SecondaryPrivateIpAddressCount { get; init; }
}
