namespace OpenEip.Core.UseCases.Associations;

/// <summary>AssociateEipAddress's parameters, bound and validated for form.</summary>
public sealed record AssociateEipCommand(
    string AccountId,
    string AllocationId,
    string InstanceId,
    string InstanceType,
    string? RegionId,
    string? InstanceRegionId,
    string? Mode,
    string? PrivateIpAddress)
{
    /// <summary>The VPC of an InstanceType=IpAddress target (required for it, ignored otherwise).</summary>
    public string? VpcId { get; init; }
}
