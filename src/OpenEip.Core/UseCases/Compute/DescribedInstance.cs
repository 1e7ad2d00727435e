using OpenEip.Core.Compute;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>An instance with what DescribeInstances reports beside it: its status now, ENIs and their private IPs.</summary>
public sealed record DescribedInstance(Instance Instance, string Status, IReadOnlyList<DescribedNetworkInterface> NetworkInterfaces);
