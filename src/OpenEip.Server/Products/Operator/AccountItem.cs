namespace OpenEip.Server.Products.Operator;

public sealed record AccountItem(string AccountId, string AccountName, bool IsOperator, string CreationTime, AccessKeyIdList AccessKeyIds, QuotaList Quotas);
