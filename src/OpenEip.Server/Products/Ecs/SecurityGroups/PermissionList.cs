namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed record PermissionList(IReadOnlyList<PermissionItem> Permission);
