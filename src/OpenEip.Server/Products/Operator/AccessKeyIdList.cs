namespace OpenEip.Server.Products.Operator;

public sealed record AccessKeyIdList(IReadOnlyList<string> AccessKeyId);
