namespace OpenEip.Core.Pools;

/// <summary>The operator's view of the address pools: counted by the store, not by loading every address.</summary>
public interface IPoolUseQuery
{
    /// <summary>Each region's pool (regions without addresses are left out), with the free addresses released at or after <paramref name="recoverableSince"/> counted as recoverable.</summary>
    Task<IReadOnlyList<PoolUse>> DescribePoolUseAsync(DateTimeOffset recoverableSince, CancellationToken cancellationToken);
}
