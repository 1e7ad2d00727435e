namespace OpenEip.Server.Products.Operator;

public sealed record IdleFeeAccountList(IReadOnlyList<IdleFeeAccountItem> Account);
