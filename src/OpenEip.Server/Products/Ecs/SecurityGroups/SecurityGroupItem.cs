namespace OpenEip.Server.Products.Ecs.SecurityGroups;

public sealed record SecurityGroupItem(
    string SecurityGroupId,
    string SecurityGroupName,
    string Description,
    string VpcId,
    string CreationTime,
    string SecurityGroupType,
    string ResourceGroupId);
