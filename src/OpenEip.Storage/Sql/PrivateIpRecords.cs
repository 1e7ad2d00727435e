using System.Data.Common;
using Dapper;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class PrivateIpRecords(SqlCommands db) : IPrivateIpRecords
{
    private const string Columns = "vswitch_id AS VSwitchId, ip_address AS IpAddress, owner_type AS OwnerType, owner_id AS OwnerId";

    public async Task<IReadOnlyList<uint>> ListUsedAsync(string vSwitchId) =>
        (await db.QueryAsync<long>("SELECT ip_number FROM private_ips WHERE vswitch_id = @vSwitchId ORDER BY ip_number", new { vSwitchId }))
            .Select(n => (uint)n).ToList();

    public Task<int> CountUsedAsync(string vSwitchId) =>
        db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM private_ips WHERE vswitch_id = @vSwitchId", new { vSwitchId });

    public async Task<IReadOnlyList<PrivateIpUse>> ListUsesAsync(string vSwitchId, int limit) =>
        (await db.QueryAsync<UseRow>($"SELECT {Columns} FROM private_ips WHERE vswitch_id = @vSwitchId ORDER BY ip_number LIMIT @limit", new { vSwitchId, limit }))
            .Select(r => r.ToUse()).ToList();

    public async Task<PrivateIpUse?> FindAsync(string vSwitchId, string ipAddress) =>
        (await db.QuerySingleOrDefaultAsync<UseRow>($"SELECT {Columns} FROM private_ips WHERE vswitch_id = @vSwitchId AND ip_address = @ipAddress", new { vSwitchId, ipAddress }))?.ToUse();

    public Task ReserveAsync(PrivateIpUse use) =>
        db.ExecuteAsync(
            "INSERT INTO private_ips (vswitch_id, ip_address, ip_number, owner_type, owner_id) VALUES (@VSwitchId, @IpAddress, @Number, @OwnerType, @OwnerId)",
            new { use.VSwitchId, use.IpAddress, Number = (long)Ipv4Block.ParseAddress(use.IpAddress)!.Value, use.OwnerType, use.OwnerId });

    public Task ReleaseAsync(string vSwitchId, string ipAddress) =>
        db.ExecuteAsync("DELETE FROM private_ips WHERE vswitch_id = @vSwitchId AND ip_address = @ipAddress", new { vSwitchId, ipAddress });

    public async Task<IReadOnlyList<string>> ListOwnedAsync(string ownerType, string ownerId) =>
        (await db.QueryAsync<string>(
            "SELECT ip_address FROM private_ips WHERE owner_type = @ownerType AND owner_id = @ownerId ORDER BY ip_number", new { ownerType, ownerId })).ToList();

    public Task ReleaseOwnedAsync(string ownerType, string ownerId) =>
        db.ExecuteAsync("DELETE FROM private_ips WHERE owner_type = @ownerType AND owner_id = @ownerId", new { ownerType, ownerId });

    private sealed class UseRow
    {
        public string VSwitchId { get; init; } = "";
        public string IpAddress { get; init; } = "";
        public string OwnerType { get; init; } = "";
        public string OwnerId { get; init; } = "";

        public PrivateIpUse ToUse() => new(VSwitchId, IpAddress, OwnerType, OwnerId);
    }
}
