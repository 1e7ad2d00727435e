namespace OpenEip.Core.UseCases.Associations;

/// <summary>UnassociateEipAddress's parameters. InstanceId, InstanceType and PrivateIpAddress, when given, must name the current binding.</summary>
public sealed record UnassociateEipCommand(
    string AccountId,
    string AllocationId,
    string? RegionId,
    string? InstanceId,
    string? InstanceType,
    string? PrivateIpAddress,
    bool Force);
