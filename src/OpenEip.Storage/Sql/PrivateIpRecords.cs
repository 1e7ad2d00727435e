using System.Data.Common;
using Dapper;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Storage.Sql;

internal sealed class PrivateIpRecords(DbConnection connection, DbTransaction transaction) : IPrivateIpRecords
{
    private const string Columns = "vswitch_id AS VSwitchId, ip_address AS IpAddress, owner_type AS OwnerType, owner_id AS OwnerId";

    public async Task<IReadOnlyList<uint>> ListUsedAsync(string vSwitchId) =>
        (await connection.QueryAsync<long>("SELECT ip_number FROM private_ips WHERE vswitch_id = @vSwitchId ORDER BY ip_number", new { vSwitchId }, transaction))
            .Select(n => (uint)n).ToList();

    public Task<int> CountUsedAsync(string vSwitchId) =>
        connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM private_ips WHERE vswitch_id = @vSwitchId", new { vSwitchId }, transaction);

    public async Task<IReadOnlyList<PrivateIpUse>> ListUsesAsync(string vSwitchId, int limit) =>
        (await connection.QueryAsync<UseRow>($"SELECT {Columns} FROM private_ips WHERE vswitch_id = @vSwitchId ORDER BY ip_number LIMIT @limit", new { vSwitchId, limit }, transaction))
            .Select(r => r.ToUse()).ToList();

    public async Task<PrivateIpUse?> FindAsync(string vSwitchId, string ipAddress) =>
        (await connection.QuerySingleOrDefaultAsync<UseRow>($"SELECT {Columns} FROM private_ips WHERE vswitch_id = @vSwitchId AND ip_address = @ipAddress", new { vSwitchId, ipAddress }, transaction))?.ToUse();

    public Task ReserveAsync(PrivateIpUse use) =>
        connection.ExecuteAsync(
            "INSERT INTO private_ips (vswitch_id, ip_address, ip_number, owner_type, owner_id) VALUES (@VSwitchId, @IpAddress, @Number, @OwnerType, @OwnerId)",
            new { use.VSwitchId, use.IpAddress, Number = (long)Ipv4Block.ParseAddress(use.IpAddress)!.Value, use.OwnerType, use.OwnerId },
            transaction);

    public Task ReleaseAsync(string vSwitchId, string ipAddress) =>
        connection.ExecuteAsync("DELETE FROM private_ips WHERE vswitch_id = @vSwitchId AND ip_address = @ipAddress", new { vSwitchId, ipAddress }, transaction);

    public async Task<IReadOnlyList<string>> ListOwnedAsync(string ownerType, string ownerId) =>
        (await connection.QueryAsync<string>(
            "SELECT ip_address FROM private_ips WHERE owner_type = @ownerType AND owner_id = @ownerId ORDER BY ip_number", new { ownerType, ownerId }, transaction)).ToList();

    public Task ReleaseOwnedAsync(string ownerType, string ownerId) =>
        connection.ExecuteAsync("DELETE FROM private_ips WHERE owner_type = @ownerType AND owner_id = @ownerId", new { ownerType, ownerId }, transaction);

    private sealed class UseRow
    {
        public string VSwitchId { get; init; } = "";
        public string IpAddress { get; init; } = "";
        public string OwnerType { get; init; } = "";
        public string OwnerId { get; init; } = "";

        public PrivateIpUse ToUse() => new(VSwitchId, IpAddress, OwnerType, OwnerId);
    }
}
