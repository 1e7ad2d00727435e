using OpenEip.Core.Accounts;
using OpenEip.Core.Networks;
using OpenEip.Core.ResourceGroups;

namespace OpenEip.Tests.StoreContract;

/// <summary>An account with its default group, one VPC and one vSwitch: what most records hang on (their foreign keys).</summary>
public sealed record ContractNetwork(Account Account, ResourceGroup DefaultGroup, Vpc Vpc, VSwitch VSwitch)
{
    public string AccountId => Account.AccountId;

    public string GroupId => DefaultGroup.ResourceGroupId;

    public string VpcId => Vpc.VpcId;

    public string VSwitchId => VSwitch.VSwitchId;
}
