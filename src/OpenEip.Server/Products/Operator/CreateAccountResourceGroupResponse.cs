namespace OpenEip.Server.Products.Operator;

public sealed record CreateAccountResourceGroupResponse(OperatorResourceGroupItem ResourceGroup);
