using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// An ENI with its status now, the instance it is attached to now, all its private IPs (primary first),
/// and the EIPs that land on it (bound to it, or to its instance through it).
/// </summary>
public sealed record DescribedNetworkInterface(NetworkInterface NetworkInterface, string Status, string InstanceId, IReadOnlyList<string> PrivateIpAddresses, IReadOnlyList<Eip> Eips)
{
    /// <summary>Its tags (ECS ResourceType eni); filled by DescribeNetworkInterfaces, empty elsewhere.</summary>
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>The EIP mapped to one of its private IPs, if any.</summary>
    public Eip? EipOn(string privateIpAddress) => Eips.FirstOrDefault(e => e.Binding!.PrivateIpAddress == privateIpAddress);
}
