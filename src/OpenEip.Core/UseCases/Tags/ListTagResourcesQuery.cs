using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>ListTagResources' parameters: by ResourceId.N (null: any) and/or Tag.N, a page from Offset of at most Limit tags.</summary>
public sealed record ListTagResourcesQuery(string AccountId, string RegionId, string ResourceType)
{
    public IReadOnlyCollection<string>? ResourceIds { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;
}
