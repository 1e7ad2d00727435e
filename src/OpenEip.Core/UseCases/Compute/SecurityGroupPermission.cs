using OpenEip.Core.Compute;
using OpenEip.Core.Identity;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>One permission as AuthorizeSecurityGroup / RevokeSecurityGroup give it (ingress).</summary>
public sealed record SecurityGroupPermission(
    string IpProtocol,
    string PortRange,
    string? SourceCidrIp,
    string? SourceGroupId,
    string Policy,
    int Priority,
    string? Description)
{
    /// <summary>The permission as an ingress rule of the group, with a new id.</summary>
    public SecurityGroupRule ToRule(string securityGroupId, DateTimeOffset now) => new()
    {
        SecurityGroupRuleId = ResourceIds.New("sgr"),
        SecurityGroupId = securityGroupId,
        Direction = "ingress",
        IpProtocol = IpProtocol,
        PortRange = PortRange,
        SourceCidrIp = SourceCidrIp ?? "",
        SourceGroupId = SourceGroupId ?? "",
        Policy = Policy,
        Priority = Priority,
        Description = Description ?? "",
        CreationTime = now,
    };
}
