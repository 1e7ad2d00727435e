using OpenEip.Core.HaVips;

namespace OpenEip.Core.Ports;

public interface IHaVipRecords
{
    Task InsertAsync(HaVip haVip);

    /// <summary>Writes members and master as given.</summary>
    Task UpdateAsync(HaVip haVip);

    Task DeleteAsync(string haVipId);

    /// <summary>The account's HaVip; with a null account, anyone's (the operator's view).</summary>
    Task<HaVip?> FindAsync(string? accountId, string haVipId);

    Task<int> CountAsync(string accountId);

    /// <summary>The HaVips an instance or ENI is a member of.</summary>
    Task<IReadOnlyList<string>> ListByMemberAsync(string instanceId);

    Task<Page<HaVip>> QueryAsync(HaVipQuery query);
}
