namespace OpenEip.Server.Products.Operator;

public sealed record DescribeAccountsResponse(int TotalCount, AccountList Accounts);
