using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>
/// Forwarding for the Nat area until the merge: NatGatewayLifecycle (and ManageSecurityGroups in the Compute area,
/// which also uses <see cref="Names"/>) still call VpcLifecycle. Their callers move to <see cref="VpcLookup"/> and
/// <see cref="DependentResources"/>, and this class goes.
/// </summary>
public static class VpcLifecycle
{
    /// <summary>Forwarding for the Nat area until the merge.</summary>
    public static Task<Result<Vpc>> FindVpcAsync(IStoreSession session, string accountId, string vpcId, string? regionId) =>
        VpcLookup.FindVpcAsync(session, accountId, vpcId, regionId);

    /// <summary>Forwarding for the Compute area until the merge.</summary>
    public static string Names(IEnumerable<string> ids) => DependentResources.Names(ids);
}
