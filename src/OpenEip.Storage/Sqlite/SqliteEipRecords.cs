using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Storage.Sqlite;

internal sealed class SqliteEipRecords(SqliteConnection connection, SqliteTransaction transaction) : IEipRecords
{
    public async Task<Eip?> FindAsync(string accountId, string allocationId) =>
        (await connection.QuerySingleOrDefaultAsync<EipRow>(
            $"SELECT {EipRow.Columns} FROM eips WHERE account_id = @accountId AND allocation_id = @allocationId AND released_time IS NULL",
            new { accountId, allocationId }, transaction))?.ToEip();

    public async Task<Eip?> FindReleasedAsync(string accountId, string allocationId) =>
        (await connection.QuerySingleOrDefaultAsync<EipRow>(
            $"SELECT {EipRow.Columns} FROM eips WHERE account_id = @accountId AND allocation_id = @allocationId AND released_time IS NOT NULL",
            new { accountId, allocationId }, transaction))?.ToEip();

    public async Task<Eip?> FindLatestReleasedByAddressAsync(string accountId, string ipAddress) =>
        (await connection.QueryFirstOrDefaultAsync<EipRow>(
            $"SELECT {EipRow.Columns} FROM eips WHERE account_id = @accountId AND ip_address = @ipAddress AND released_time IS NOT NULL ORDER BY released_time DESC LIMIT 1",
            new { accountId, ipAddress }, transaction))?.ToEip();

    public async Task<EipPage> QueryAsync(EipQuery query)
    {
        var (where, parameters) = BuildFilter(query);
        var total = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM eips e WHERE {where}", parameters, transaction);
        parameters.Add("limit", query.PageSize);
        parameters.Add("offset", (long)(query.PageNumber - 1) * query.PageSize);
        var rows = await connection.QueryAsync<EipRow>(
            $"SELECT {EipRow.Columns} FROM eips e WHERE {where} ORDER BY allocation_time DESC, allocation_id LIMIT @limit OFFSET @offset",
            parameters, transaction);
        return new EipPage(rows.Select(r => r.ToEip()).ToList(), total);
    }

    public Task<int> CountActiveAsync(string accountId, string regionId, string instanceChargeType) =>
        connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM eips WHERE account_id = @accountId AND region_id = @regionId AND instance_charge_type = @instanceChargeType AND released_time IS NULL AND service_managed_by = ''",
            new { accountId, regionId, instanceChargeType }, transaction);

    public Task InsertAsync(Eip eip) =>
        connection.ExecuteAsync(
            """
            INSERT INTO eips (allocation_id, account_id, region_id, ip_address, bandwidth, internet_charge_type, instance_charge_type, isp, netmode,
                              name, description, resource_group_id, deletion_protection, security_protection_types, allocation_time, expired_time,
                              released_time, order_id, service_managed_by)
            VALUES (@AllocationId, @AccountId, @RegionId, @IpAddress, @Bandwidth, @InternetChargeType, @InstanceChargeType, @Isp, @Netmode,
                    @Name, @Description, @ResourceGroupId, @DeletionProtection, @SecurityProtectionTypes, @AllocationTime, @ExpiredTime,
                    @ReleasedTime, @OrderId, @ServiceManagedBy)
            """,
            EipRow.ToParameters(eip), transaction);

    public Task UpdateAsync(Eip eip) =>
        connection.ExecuteAsync(
            """
            UPDATE eips SET bandwidth = @Bandwidth, internet_charge_type = @InternetChargeType, instance_charge_type = @InstanceChargeType,
                            isp = @Isp, netmode = @Netmode, name = @Name, description = @Description, resource_group_id = @ResourceGroupId,
                            deletion_protection = @DeletionProtection, security_protection_types = @SecurityProtectionTypes,
                            allocation_time = @AllocationTime, expired_time = @ExpiredTime, released_time = @ReleasedTime, order_id = @OrderId
            WHERE allocation_id = @AllocationId AND account_id = @AccountId
            """,
            EipRow.ToParameters(eip), transaction);

    private static (string Where, DynamicParameters Parameters) BuildFilter(EipQuery query)
    {
        var where = new StringBuilder("e.account_id = @accountId AND e.region_id = @regionId AND e.released_time IS NULL");
        var parameters = new DynamicParameters(new { accountId = query.AccountId, regionId = query.RegionId });
        if (query.AllocationIds is { } ids)
        {
            where.Append(" AND e.allocation_id IN @ids");
            parameters.Add("ids", ids);
        }

        if (query.IpAddresses is { } ips)
        {
            where.Append(" AND e.ip_address IN @ips");
            parameters.Add("ips", ips);
        }

        AddEquals(where, parameters, "name", query.Name);
        AddEquals(where, parameters, "service_managed_by", query.ServiceManagedBy);
        if (query.ServiceManaged is { } managed)
            where.Append(managed ? " AND e.service_managed_by <> ''" : " AND e.service_managed_by = ''");
        AddEquals(where, parameters, "instance_charge_type", query.InstanceChargeType);
        AddEquals(where, parameters, "isp", query.Isp);
        AddEquals(where, parameters, "resource_group_id", query.ResourceGroupId);
        if (query.CreatedFrom is { } from)
        {
            where.Append(" AND e.allocation_time >= @createdFrom");
            parameters.Add("createdFrom", UnixTime.ToDb(from));
        }

        if (query.CreatedTo is { } to)
        {
            where.Append(" AND e.allocation_time <= @createdTo");
            parameters.Add("createdTo", UnixTime.ToDb(to));
        }

        for (var i = 0; i < query.Tags.Count; i++)
        {
            where.Append($" AND EXISTS (SELECT 1 FROM tags t WHERE t.resource_type = '{ResourceTypes.Eip}' AND t.resource_id = e.allocation_id AND t.tag_key = @tagKey{i}");
            parameters.Add($"tagKey{i}", query.Tags[i].Key);
            if (query.Tags[i].Value.Length > 0)
            {
                where.Append($" AND t.tag_value = @tagValue{i}");
                parameters.Add($"tagValue{i}", query.Tags[i].Value);
            }

            where.Append(')');
        }

        return (where.ToString(), parameters);
    }

    private static void AddEquals(StringBuilder where, DynamicParameters parameters, string column, string? value)
    {
        if (value is null)
            return;
        where.Append($" AND e.{column} = @{column}");
        parameters.Add(column, value);
    }
}
