namespace OpenEip.Core.Associations;

/// <summary>The InstanceType values of AssociateEipAddress (R-EIP-7), as they appear on the wire.</summary>
public static class BindingTargetTypes
{
    public const string EcsInstance = "EcsInstance";
    public const string NetworkInterface = "NetworkInterface";
    public const string Nat = "Nat";
    public const string SlbInstance = "SlbInstance";
    public const string HaVip = "HaVip";

    /// <summary>An IPv4 address of a VPC (InstanceId is the address, VpcId names the VPC), held by nothing yet or by an ENI.</summary>
    public const string IpAddress = "IpAddress";

    public static readonly IReadOnlyList<string> All = [EcsInstance, NetworkInterface, Nat, SlbInstance, HaVip, IpAddress];
}
