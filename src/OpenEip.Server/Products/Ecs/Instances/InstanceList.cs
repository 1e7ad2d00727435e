namespace OpenEip.Server.Products.Ecs.Instances;

public sealed record InstanceList(IReadOnlyList<InstanceItem> Instance);
