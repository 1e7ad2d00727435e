using OpenEip.Core.Errors;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Vpc.Networks;

/// <summary>
/// VPC options OpenEip does not model (DNS hostnames, user CIDRs, IPAM pools). They are refused with
/// OperationUnsupported.* rather than ignored, so a client never reads back less than it set and
/// (Terraform) plans the difference again forever.
/// </summary>
public static class NetworkSupport
{
    public static void RefuseUnmodelledVpcOptions(ParameterBinder bind)
    {
        if (bind.Bool("EnableDnsHostname") == true)
            bind.Fail(new Error("OperationUnsupported.DnsHostname", "DNS hostnames are not supported: VPCs here report DnsHostnameStatus DISABLED."));
        if (bind.NonEmptyString("UserCidr", 1024) is not null)
            bind.Fail(new Error("OperationUnsupported.UserCidr", "user CIDR blocks are not supported."));
        if (bind.NonEmptyString("Ipv4IpamPoolId", 64) is not null || bind.NonEmptyString("Ipv4CidrMask", 64) is not null)
            bind.Fail(new Error("OperationUnsupported.Ipam", "IPAM pools are not supported: give CidrBlock."));
    }
}
