using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// DescribeSnatTableEntries: the entries of one SNAT table, named by its id or by its gateway's. Both given and not
/// matching is an empty page, as any other filter that matches nothing.
/// </summary>
public sealed class DescribeSnatEntries(IStore store)
{
    public Task<Result<Page<SnatEntry>>> ExecuteAsync(DescribeSnatEntriesQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<Page<SnatEntry>>>(async session =>
        {
            var gateway = await NatGatewayLookup.ToDescribeAsync(session, query.AccountId, query.RegionId, query.Entries.SnatTableId, "SnatTableId",
                query.NatGatewayId, NatGatewayLookup.OfSnatTableAsync);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (gateway.Value is null)
                return new Page<SnatEntry>([], 0);
            return await session.NatEntries.QuerySnatAsync(query.Entries with { SnatTableId = gateway.Value.SnatTableId });
        }, cancellationToken);
}
