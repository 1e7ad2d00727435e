namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed record SecurityGroupIdList(IReadOnlyList<string> SecurityGroupId);
