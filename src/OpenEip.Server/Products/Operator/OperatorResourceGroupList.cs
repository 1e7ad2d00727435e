namespace OpenEip.Server.Products.Operator;

public sealed record OperatorResourceGroupList(IReadOnlyList<OperatorResourceGroupItem> ResourceGroup);
