using OpenEip.Core.Errors;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

/// <summary>
/// ENI parameters OpenEip does not model. They are refused with OperationUnsupported.* rather than
/// ignored, so a client (Terraform) never reads back less than it set and loops on the difference.
/// </summary>
public static class NetworkInterfaceSupport
{
    public static void RefuseUnmodelled(ParameterBinder bind)
    {
        if (bind.List("Ipv6Address", 10).Count > 0 || bind.Int("Ipv6AddressCount", 0, 10) > 0)
            bind.Fail(Unsupported("Ipv6Address", "network interfaces have no IPv6 addresses here."));
        RefusePrefixes(bind);
        RefuseQueueNumber(bind);
    }

    public static void RefusePrefixes(ParameterBinder bind)
    {
        if (bind.List("Ipv4Prefix", 10).Count > 0 || bind.Int("Ipv4PrefixCount", 0, 10) > 0)
            bind.Fail(Unsupported("Ipv4Prefix", "IPv4 prefixes are not assigned to network interfaces here."));
    }

    /// <summary>Instances here have one network card (index 0) and no trunk ENIs; WaitForNetworkConfigurationReady has nothing to wait for.</summary>
    public static void RefuseTrunkAndCards(ParameterBinder bind)
    {
        if (bind.NonEmptyString("TrunkNetworkInstanceId", 64) is not null)
            bind.Fail(Unsupported("TrunkNetworkInstanceId", "trunk network interfaces are not modelled."));
        if (bind.Int("NetworkCardIndex", 0, 64) > 0)
            bind.Fail(Unsupported("NetworkCardIndex", "instances here have one network card, index 0."));
    }

    public static void RefuseQueueNumber(ParameterBinder bind)
    {
        if (bind.Int("QueueNumber", 1, 2048) is not null)
            bind.Fail(Unsupported("QueueNumber", "network interface queues are not modelled."));
    }

    private static Error Unsupported(string parameter, string why) => new($"OperationUnsupported.{parameter}", $"{parameter} is not supported: {why}");
}
