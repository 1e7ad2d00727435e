using OpenEip.Core.Compute;
using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>An instance with what DescribeInstances reports beside it: its status now, ENIs and their private IPs, and its EIP.</summary>
public sealed record DescribedInstance(Instance Instance, string Status, IReadOnlyList<DescribedNetworkInterface> NetworkInterfaces, Eip? Eip);
