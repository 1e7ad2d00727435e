namespace OpenEip.Server.Products.Operator;

public sealed record ResourceIdList(IReadOnlyList<string> ResourceId);
