using OpenEip.Core.Networks;
using OpenEip.Core.UseCases.Associations;
using static OpenEip.Tests.UseCases.Associations.BindingTestData;

namespace OpenEip.Tests.UseCases.Associations;

/// <summary>
/// IpAddress binding facts for testing those rules without a database: by default the caller's VPC (10.0.0.0/16)
/// in the EIP's region, the address free (no holder, no EIP on it); changed with <c>with</c> for the case at hand.
/// </summary>
public static class IpAddressBindingTestData
{
    public const string FreeAddress = "10.0.1.50";

    public static Vpc Vpc(params string[] secondaryCidrBlocks) => new()
    {
        VpcId = BindingTestData.Vpc,
        AccountId = Account,
        RegionId = Region,
        CidrBlock = "10.0.0.0/16",
        SecondaryCidrBlocks = secondaryCidrBlocks,
        ResourceGroupId = "rg-test",
        VRouterId = "vrt-test",
        RouteTableId = "vtb-test",
        CreationTime = Now.AddDays(-1),
    };

    public static IpAddressBindingFacts AddressFacts() => new(Vpc(), null, [], null);

    /// <summary>The address as one resource holds it in the vSwitch.</summary>
    public static PrivateIpUse HeldBy(string ownerType, string ownerId, string address = FreeAddress) => new(BindingTestData.VSwitch, address, ownerType, ownerId);
}
