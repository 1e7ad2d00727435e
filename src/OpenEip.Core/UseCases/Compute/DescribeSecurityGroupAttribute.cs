using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Compute;

/// <summary>DescribeSecurityGroupAttribute: the group and all its rules (the caller picks a direction).</summary>
public sealed class DescribeSecurityGroupAttribute(IStore store)
{
    public async Task<Result<DescribedSecurityGroup>> ExecuteAsync(DescribeSecurityGroupAttributeQuery query, CancellationToken cancellationToken) =>
        await store.ReadAsync<Result<DescribedSecurityGroup>>(async session =>
        {
            var group = await SecurityGroupLookup.FindAsync(session, query.AccountId, query.RegionId, query.SecurityGroupId);
            if (!group.IsSuccess)
                return group.Error;
            return new DescribedSecurityGroup(group.Value, await session.Compute.ListRulesAsync(query.SecurityGroupId));
        }, cancellationToken);
}
