using OpenEip.Core.ResourceGroups;

namespace OpenEip.Server.Products.Operator;

/// <summary>A resource group as the operator sees it: whose it is and whether it is the account's default.</summary>
public sealed record OperatorResourceGroupItem(string AccountId, string Id, string Name, string DisplayName, bool IsDefault, string Status, string CreateDate)
{
    public static OperatorResourceGroupItem From(ResourceGroup group) =>
        new(group.AccountId, group.ResourceGroupId, group.Name, group.DisplayName, group.IsDefault, group.Status, WireTime.Seconds(group.CreationTime));
}
