using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>What a caller asks to bind an EIP to: the target, for an ENI the mode and private IP, for an IP address its VPC.</summary>
public sealed record BindingRequest(Eip Eip, string InstanceType, string InstanceId, string? Mode, string? PrivateIpAddress)
{
    /// <summary>The VPC of an InstanceType=IpAddress target.</summary>
    public string? VpcId { get; init; }
}
