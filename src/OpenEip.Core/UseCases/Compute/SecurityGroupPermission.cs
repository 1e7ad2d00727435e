namespace OpenEip.Core.UseCases.Compute;

/// <summary>One permission as AuthorizeSecurityGroup / RevokeSecurityGroup give it (ingress).</summary>
public sealed record SecurityGroupPermission(
    string IpProtocol,
    string PortRange,
    string? SourceCidrIp,
    string? SourceGroupId,
    string Policy,
    int Priority,
    string? Description);
