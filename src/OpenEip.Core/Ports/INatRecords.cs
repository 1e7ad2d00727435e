using OpenEip.Core.Nat;

namespace OpenEip.Core.Ports;

public interface INatRecords
{
    Task InsertAsync(NatGateway gateway);

    Task UpdateAsync(NatGateway gateway);

    Task DeleteAsync(string natGatewayId);

    /// <summary>The account's gateway; with a null account, anyone's (the operator's view).</summary>
    Task<NatGateway?> FindAsync(string? accountId, string natGatewayId);

    /// <summary>The account's gateway whose SNAT or forward table this is.</summary>
    Task<NatGateway?> FindByTableAsync(string accountId, string tableId);

    Task<Page<NatGateway>> QueryAsync(ComputeQuery query, string? networkType);

    Task<IReadOnlyList<NatGateway>> ListOfVpcAsync(string vpcId);
}
