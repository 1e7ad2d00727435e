namespace OpenEip.Core.UseCases.Associations;

/// <summary>AssociateEipAddressBatch's parameters: the EIPs (InstanceIds.N) and the one NAT gateway or ENI they go to.</summary>
public sealed record AssociateEipBatchCommand(
    string AccountId,
    string RegionId,
    string InstanceType,
    string InstanceId,
    IReadOnlyList<string> AllocationIds,
    string? Mode);
