using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>
/// DescribeInstances: the account, region, ids, filters and page of <paramref name="Instances"/>, and the status asked
/// for (null: any). Status is derived from time, not stored, so it is not a store filter (<see cref="ComputeQuery"/>).
/// </summary>
public sealed record DescribeInstancesQuery(ComputeQuery Instances, string? Status = null);
