namespace OpenEip.Server.Products.Operator;

public sealed record QuotaItem(string QuotaName, long Value);
