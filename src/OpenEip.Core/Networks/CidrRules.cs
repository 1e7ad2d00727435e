using OpenEip.Core.Errors;

namespace OpenEip.Core.Networks;

/// <summary>
/// Alibaba's CIDR rules for VPCs and vSwitches: VPC blocks are /8 to /28, vSwitch blocks /16 to /29
/// inside one of the VPC's blocks and overlapping no other vSwitch; some ranges are never allowed.
/// Each vSwitch reserves its first address and its last three.
/// </summary>
public static class CidrRules
{
    public const int MaxSecondaryCidrBlocks = 5;
    public const string DefaultVpcCidrBlock = "172.16.0.0/12";

    /// <summary>Ranges a VPC cannot use: loopback, link-local, carrier-grade NAT (used by the cloud), multicast and above.</summary>
    private static readonly Ipv4Block[] Forbidden =
        new[] { "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10", "224.0.0.0/3", "0.0.0.0/8" }
            .Select(b => Ipv4Block.Parse(b)!.Value).ToArray();

    public static Result<Ipv4Block> ParseVpcBlock(string parameter, string text)
    {
        var block = Ipv4Block.Parse(text);
        if (block is null)
            return ApiErrors.InvalidCidrBlock(parameter, text, "an IPv4 CIDR block such as 192.168.0.0/16 (the address being the block's first) is expected.");
        if (block.Value.PrefixLength is < 8 or > 28)
            return ApiErrors.InvalidCidrBlock(parameter, text, "a VPC block has a mask of /8 to /28.");
        var forbidden = Forbidden.FirstOrDefault(f => f.Overlaps(block.Value));
        if (forbidden != default)
            return ApiErrors.InvalidCidrBlock(parameter, text, $"it overlaps the reserved range {forbidden}.");
        return block.Value;
    }

    public static Result<Ipv4Block> ParseVSwitchBlock(string text)
    {
        var block = Ipv4Block.Parse(text);
        if (block is null)
            return ApiErrors.InvalidCidrBlock("CidrBlock", text, "an IPv4 CIDR block such as 192.168.1.0/24 (the address being the block's first) is expected.");
        return block.Value.PrefixLength is < 16 or > 29
            ? ApiErrors.InvalidCidrBlock("CidrBlock", text, "a vSwitch block has a mask of /16 to /29.")
            : block.Value;
    }

    /// <summary>Addresses a vSwitch can hand out: all but the first and the last three.</summary>
    public static (uint First, uint Last) UsableRange(Ipv4Block block) => (block.First + 1, block.Last - 3);

    public static int UsableCount(Ipv4Block block) => (int)(block.Size - 4);
}
