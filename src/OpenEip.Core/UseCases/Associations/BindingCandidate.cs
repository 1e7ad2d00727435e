using OpenEip.Core.Errors;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// One choice the console offers when binding an EIP: a resource (for an ENI in NAT mode, one of its private
/// IPs), and either nothing in the way or the rule's error that would refuse it.
/// </summary>
public sealed record BindingCandidate(string InstanceType, string InstanceId, string Name, string Detail, string? Mode, string? PrivateIpAddress, Error? Refusal)
{
    public bool CanBind => Refusal is null;
}
