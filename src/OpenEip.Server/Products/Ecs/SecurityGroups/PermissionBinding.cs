using OpenEip.Core.Compute;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Ecs.SecurityGroups;

/// <summary>
/// The permissions of Authorize/RevokeSecurityGroup: the flat form (IpProtocol, PortRange, …) or the
/// list form (Permissions.N.IpProtocol, …) the current SDK sends.
/// </summary>
public static class PermissionBinding
{
    public static IReadOnlyList<SecurityGroupPermission> Bind(ParameterBinder bind)
    {
        var permissions = new List<SecurityGroupPermission>();
        if (bind.Parameters["IpProtocol"] is not null)
            permissions.Add(BindOne(bind, ""));
        for (var i = 1; i <= 100 && bind.Parameters[$"Permissions.{i}.IpProtocol"] is not null; i++)
            permissions.Add(BindOne(bind, $"Permissions.{i}."));
        if (permissions.Count == 0)
            bind.Fail(OpenEip.Core.Errors.ApiErrors.MissingParameter("IpProtocol"));
        return permissions;
    }

    private static SecurityGroupPermission BindOne(ParameterBinder bind, string prefix)
    {
        var protocol = bind.Enum(prefix + "IpProtocol", SecurityGroupRules.Protocols) ?? "all";
        return new SecurityGroupPermission(
            protocol,
            bind.String(prefix + "PortRange", 32) ?? (protocol is "tcp" or "udp" ? "" : "-1/-1"),
            bind.NonEmptyString(prefix + "SourceCidrIp", 64),
            bind.NonEmptyString(prefix + "SourceGroupId", 64),
            bind.Enum(prefix + "Policy", SecurityGroupRules.Policies) ?? "accept",
            bind.Int(prefix + "Priority", 1, 100) ?? 1,
            bind.String(prefix + "Description", 1024));
    }
}
