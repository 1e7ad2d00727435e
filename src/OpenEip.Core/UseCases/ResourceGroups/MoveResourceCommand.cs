using OpenEip.Core.ResourceGroups;

namespace OpenEip.Core.UseCases.ResourceGroups;

/// <summary>MoveResourceGroup (VPC) and JoinResourceGroup (ECS): one of the caller's resources and the group it goes to.</summary>
public sealed record MoveResourceCommand(string AccountId, string RegionId, GroupedResource Kind, string ResourceId, string ResourceGroupId);
