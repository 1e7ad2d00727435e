using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// DescribeForwardTableEntries: the entries of one forward (DNAT) table, named by its id or by its gateway's. Both
/// given and not matching is an empty page, as any other filter that matches nothing.
/// </summary>
public sealed class DescribeForwardEntries(IStore store)
{
    public Task<Result<Page<ForwardEntry>>> ExecuteAsync(DescribeForwardEntriesQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync<Result<Page<ForwardEntry>>>(async session =>
        {
            var gateway = await NatGatewayLookup.ToDescribeAsync(session, query.AccountId, query.RegionId, query.Entries.ForwardTableId, "ForwardTableId",
                query.NatGatewayId, NatGatewayLookup.OfForwardTableAsync);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (gateway.Value is null)
                return new Page<ForwardEntry>([], 0);
            return await session.NatEntries.QueryForwardAsync(query.Entries with { ForwardTableId = gateway.Value.ForwardTableId });
        }, cancellationToken);
}
