using OpenEip.Core.Compute;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>An ENI with its status now, the instance it is attached to now, and all its private IPs (primary first).</summary>
public sealed record DescribedNetworkInterface(NetworkInterface NetworkInterface, string Status, string InstanceId, IReadOnlyList<string> PrivateIpAddresses);
