namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed record SecurityGroupList(IReadOnlyList<SecurityGroupItem> SecurityGroup);
