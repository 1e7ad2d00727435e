using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Core.UseCases.Tags;

/// <summary>Which resource a (type, id) names, for the tag actions: the caller's, in the region, or none.</summary>
public static class TaggedResources
{
    /// <summary>True when the caller has a resource of this type and id in the region.</summary>
    public static async Task<bool> ExistsAsync(IStoreSession session, string accountId, string regionId, string resourceType, string resourceId) =>
        resourceType switch
        {
            ResourceTypes.Eip => (await session.Eips.FindAsync(accountId, resourceId))?.RegionId == regionId,
            ResourceTypes.NatGateway => (await session.NatGateways.FindAsync(accountId, resourceId))?.RegionId == regionId,
            ResourceTypes.HaVip => (await session.HaVips.FindAsync(accountId, resourceId))?.RegionId == regionId,
            ResourceTypes.Vpc => (await session.Networks.FindVpcAsync(accountId, resourceId))?.RegionId == regionId,
            ResourceTypes.VSwitch => (await session.Networks.FindVSwitchAsync(accountId, resourceId))?.RegionId == regionId,
            ResourceTypes.NetworkInterface => (await session.Compute.FindNetworkInterfaceAsync(accountId, resourceId))?.RegionId == regionId,
            _ => false,
        };

    /// <summary>The first id that is not the caller's resource of this type in the region, or null when all are.</summary>
    public static async Task<string?> FindMissingAsync(IStoreSession session, string accountId, string regionId, string resourceType, IReadOnlyList<string> resourceIds)
    {
        foreach (var id in resourceIds)
        {
            if (!await ExistsAsync(session, accountId, regionId, resourceType, id))
                return id;
        }

        return null;
    }

    /// <summary>Tags go with their resource: every delete path calls this in its transaction.</summary>
    public static Task RemoveAllAsync(IStoreSession session, string resourceType, string resourceId) =>
        session.Tags.RemoveAsync(resourceType, resourceId, keys: null);

    /// <summary>Tags given when a resource is created (Tag.N of Create*), already validated with <see cref="TagRules"/>.</summary>
    public static async Task SetAsync(IStoreSession session, string accountId, string resourceType, string resourceId, IReadOnlyList<Tag> tags)
    {
        foreach (var tag in tags)
            await session.Tags.SetAsync(accountId, resourceType, resourceId, tag);
    }
}
