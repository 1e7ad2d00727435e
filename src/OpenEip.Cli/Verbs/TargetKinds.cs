using System.Net;
using System.Net.Sockets;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs;

/// <summary>
/// What an EIP binds to, told by the id's prefix as Terraform's provider tells it: the <c>InstanceType</c> of
/// <c>AssociateEipAddress</c>. An IPv4 address is the IpAddress kind (with its VPC).
/// </summary>
public static class TargetKinds
{
    public static string Infer(string targetId, string? explicitType)
    {
        if (!string.IsNullOrEmpty(explicitType))
            return explicitType;
        if (IPAddress.TryParse(targetId, out var address) && address.AddressFamily == AddressFamily.InterNetwork)
            return "IpAddress";
        var prefix = targetId.Split('-', 2)[0];
        return prefix switch
        {
            "i" => "EcsInstance",
            "eni" => "NetworkInterface",
            "ngw" => "Nat",
            "lb" => "SlbInstance",
            "havip" => "HaVip",
            _ => throw new CliException(
                $"Cannot tell what '{targetId}' is from its prefix (i-, eni-, ngw-, lb-, havip-, or an IPv4 address); give --type (EcsInstance, NetworkInterface, Nat, SlbInstance, HaVip, IpAddress)."),
        };
    }
}
