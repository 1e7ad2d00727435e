namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed record CreateSecurityGroupResponse(string SecurityGroupId);
