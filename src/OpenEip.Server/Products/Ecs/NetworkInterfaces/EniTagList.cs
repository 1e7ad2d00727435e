namespace OpenEip.Server.Products.Ecs.NetworkInterfaces;

public sealed record EniTagList(IReadOnlyList<EniTagItem> Tag);
