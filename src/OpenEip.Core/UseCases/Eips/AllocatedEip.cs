namespace OpenEip.Core.UseCases.Eips;

public sealed record AllocatedEip(string AllocationId, string EipAddress, long OrderId, string ResourceGroupId);
