namespace OpenEip.Core.Associations;

/// <summary>The InstanceType values of AssociateEipAddress (R-EIP-7), as they appear on the wire.</summary>
public static class BindingTargetTypes
{
    public const string EcsInstance = "EcsInstance";
    public const string NetworkInterface = "NetworkInterface";
    public const string Nat = "Nat";
    public const string SlbInstance = "SlbInstance";
    public const string HaVip = "HaVip";

    public static readonly IReadOnlyList<string> All = [EcsInstance, NetworkInterface, Nat, SlbInstance, HaVip];
}
