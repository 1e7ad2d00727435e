using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>TagResources' parameters (VPC and ECS APIs alike): Tag.N set on each ResourceId.N of one type.</summary>
public sealed record TagResourcesCommand(string AccountId, string RegionId, string ResourceType, IReadOnlyList<string> ResourceIds, IReadOnlyList<Tag> Tags);
