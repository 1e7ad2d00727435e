namespace OpenEip.Core.UseCases.Eips;

/// <summary>DescribeHighDefinitionMonitorLogAttribute's parameters: the EIP (InstanceId) whose setting is read.</summary>
public sealed record HighDefinitionMonitorQuery(string AccountId, string RegionId, string AllocationId);
