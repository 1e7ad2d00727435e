namespace OpenEip.Core.UseCases.Eips;

/// <summary>The result of an allocation. OrderId exists only for a subscription (PrePaid) EIP, as Alibaba documents.</summary>
public sealed record AllocatedEip(string AllocationId, string EipAddress, long? OrderId, string ResourceGroupId);
