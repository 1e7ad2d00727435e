using OpenEip.Core.Compute;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>Finds the caller's security group for an operation on it, inside the operation's transaction.</summary>
public static class SecurityGroupLookup
{
    /// <summary>Another account's group, or one in another region than the one named, is "not found" alike.</summary>
    /// <param name="regionId">Null or empty: any region.</param>
    public static async Task<Result<SecurityGroup>> FindAsync(IStoreSession session, string accountId, string? regionId, string securityGroupId)
    {
        var group = await session.Compute.FindSecurityGroupAsync(accountId, securityGroupId);
        return group is null || (!string.IsNullOrEmpty(regionId) && group.RegionId != regionId) ? ApiErrors.SecurityGroupNotFound(securityGroupId) : group;
    }
}
