namespace OpenEip.Server.Products.Operator;

public sealed record QuotaList(IReadOnlyList<QuotaItem> Quota);
