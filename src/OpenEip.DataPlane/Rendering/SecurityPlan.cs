using OpenEip.DataPlane.Model;

namespace OpenEip.DataPlane.Rendering;

/// <summary>What a VPC router needs for its security groups: chains per combination, member sets per group, and each interface's combination.</summary>
internal sealed class SecurityPlan
{
    public static SecurityPlan None { get; } = new();

    public Dictionary<string, SecurityCombo> ComboByInterface { get; } = new(StringComparer.Ordinal);
    public List<NftChainSpec> Chains { get; } = [];
    public List<NftSetSpec> Sets { get; } = [];

    /// <summary>The private addresses in each member set (a group's interfaces, for "members reach each other" and source-group rules).</summary>
    public Dictionary<string, List<string>> Members { get; } = new(StringComparer.Ordinal);
}
