namespace OpenEip.Core.Associations;

/// <summary>
/// How an EIP reaches an ENI: translated to one private IP (NAT), replacing the ENI's own address
/// (BINDED, "EIP-visible"), or one of up to ten EIPs routed to it (MULTI_BINDED).
/// </summary>
public static class BindingModes
{
    public const string Nat = "NAT";
    public const string Binded = "BINDED";
    public const string MultiBinded = "MULTI_BINDED";

    public static readonly IReadOnlyList<string> All = [Nat, Binded, MultiBinded];
}
