using OpenEip.Core.Eips;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>What a caller asks to bind an EIP to: the target, and for an ENI the mode and private IP.</summary>
public sealed record BindingRequest(Eip Eip, string InstanceType, string InstanceId, string? Mode, string? PrivateIpAddress);
