using System.Globalization;
using OpenEip.Core.Compute;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

/// <summary>One permission as the ECS model reports it (Priority is a string there).</summary>
public sealed record PermissionItem(
    string SecurityGroupRuleId, string Direction, string IpProtocol, string PortRange, string SourceCidrIp, string SourceGroupId,
    string DestCidrIp, string DestGroupId, string Policy, string Priority, string NicType, string Description, string CreateTime)
{
    public static PermissionItem From(SecurityGroupRule rule) => new(
        rule.SecurityGroupRuleId, rule.Direction, rule.IpProtocol.ToUpperInvariant(), rule.PortRange,
        rule.SourceCidrIp, rule.SourceGroupId, rule.DestCidrIp, rule.DestGroupId, rule.Policy == "accept" ? "Accept" : "Drop",
        rule.Priority.ToString(CultureInfo.InvariantCulture), "intranet", rule.Description, WireTime.Seconds(rule.CreationTime));
}
