namespace OpenEip.Server.Products.Ecs;

public sealed record InstanceTypeList(IReadOnlyList<InstanceTypeItem> InstanceType);
