namespace OpenEip.Server.Products.Operator;

public sealed record AccountList(IReadOnlyList<AccountItem> Account);
