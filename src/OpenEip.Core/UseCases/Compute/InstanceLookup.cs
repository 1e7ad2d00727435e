using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>Finds the caller's instance for an operation on it, inside the operation's transaction.</summary>
public static class InstanceLookup
{
    /// <summary>
    /// Another account's instance is "not found"; so is one in another region when the call names a region (the ECS
    /// power and delete calls name none).
    /// </summary>
    public static async Task<Result<Instance>> FindAsync(IStoreSession session, string accountId, string instanceId, string? regionId = null)
    {
        var instance = await session.Compute.FindInstanceAsync(accountId, instanceId);
        return instance is null || (regionId is not null && instance.RegionId != regionId) ? ApiErrors.InstanceNotFound(instanceId) : instance;
    }
}
