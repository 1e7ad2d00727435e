using System.Data.Common;
using System.Text;
using Dapper;
using OpenEip.Core.Associations;
using OpenEip.Core.Eips;
using OpenEip.Core.Ports;
using OpenEip.Core.Tags;

namespace OpenEip.Storage.Sql;

internal sealed class EipRecords(SqlCommands db) : IEipRecords
{
    public async Task<Eip?> FindAsync(string accountId, string allocationId) =>
        (await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE e.account_id = @accountId AND e.allocation_id = @allocationId AND e.released_time IS NULL",
            new { accountId, allocationId })).SingleOrDefault();

    public async Task<Eip?> FindReleasedAsync(string accountId, string allocationId) =>
        (await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE e.account_id = @accountId AND e.allocation_id = @allocationId AND e.released_time IS NOT NULL",
            new { accountId, allocationId })).SingleOrDefault();

    public async Task<Eip?> FindLatestReleasedByAddressAsync(string accountId, string ipAddress) =>
        (await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE e.account_id = @accountId AND e.ip_address = @ipAddress AND e.released_time IS NOT NULL ORDER BY e.released_time DESC, e.allocation_id LIMIT 1",
            new { accountId, ipAddress })).FirstOrDefault();

    // Releases of one millisecond (a billing sweep's batch) come newest allocated first, the order SQLite read them in from
    // ix_eips_account_region, then by id; left to the engine, SQLite broke the last ties by rowid and PostgreSQL by where
    // the release had moved each row.
    public async Task<IReadOnlyList<Eip>> ListReleasedSinceAsync(string accountId, string regionId, DateTimeOffset since, int limit) =>
        await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE e.account_id = @accountId AND e.region_id = @regionId AND e.released_time >= @since ORDER BY e.released_time DESC, e.allocation_time DESC, e.allocation_id LIMIT @limit",
            new { accountId, regionId, since = UnixTime.ToDb(since), limit });

    /// <remarks>
    /// TotalCount of a whole account comes from eip_counts, not a count of its rows. Pages come from ix_eips_active_page:
    /// a page in the second half is read from the other end in the opposite order and turned round, so that the first
    /// and the last pages cost the same whatever the account's size (only the middle pages skip rows).
    /// </remarks>
    public async Task<EipPage> QueryAsync(EipQuery query)
    {
        var (where, parameters, filtered) = BuildFilter(query);
        var total = filtered
            ? await db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {EipRow.From} WHERE {where}", parameters)
            : await db.ExecuteScalarAsync<int>(
                "SELECT COALESCE(SUM(active), 0) FROM eip_counts WHERE account_id = @accountId AND region_id = @regionId", parameters);
        var offset = (long)(query.PageNumber - 1) * query.PageSize;
        if (offset >= total)
            return new EipPage([], total);
        var fromEnd = offset > total / 2;
        var limit = fromEnd ? Math.Min(query.PageSize, total - offset) : query.PageSize;
        parameters.Add("limit", limit);
        parameters.Add("offset", fromEnd ? total - offset - limit : offset);
        var order = fromEnd ? "e.allocation_time ASC, e.allocation_id DESC" : "e.allocation_time DESC, e.allocation_id";
        var rows = await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset",
            parameters);
        if (fromEnd)
            rows.Reverse();
        return new EipPage(rows, total);
    }

    // Kept by triggers on eips (migration 0017 on SQLite, 0003 on PostgreSQL), in the transaction that changes the EIPs.
    public Task<int> CountActiveAsync(string accountId, string regionId, string instanceChargeType) =>
        db.ExecuteScalarAsync<int>(
            "SELECT COALESCE(SUM(active), 0) FROM eip_counts WHERE account_id = @accountId AND region_id = @regionId AND instance_charge_type = @instanceChargeType AND service_managed = @serviceManaged",
            new { accountId, regionId, instanceChargeType, serviceManaged = false });

    public Task InsertAsync(Eip eip) =>
        db.ExecuteAsync(
            """
            INSERT INTO eips (allocation_id, account_id, region_id, ip_address, bandwidth, internet_charge_type, instance_charge_type, isp, netmode,
                              name, description, resource_group_id, deletion_protection, security_protection_types, allocation_time, expired_time,
                              released_time, order_id, service_managed_by, idle_since, idle_accrued_ms, zone)
            VALUES (@AllocationId, @AccountId, @RegionId, @IpAddress, @Bandwidth, @InternetChargeType, @InstanceChargeType, @Isp, @Netmode,
                    @Name, @Description, @ResourceGroupId, @DeletionProtection, @SecurityProtectionTypes, @AllocationTime, @ExpiredTime,
                    @ReleasedTime, @OrderId, @ServiceManagedBy, @IdleSince, @IdleAccruedMs, @Zone)
            """,
            EipRow.ToParameters(eip));

    public Task UpdateAsync(Eip eip) =>
        db.ExecuteAsync(
            """
            UPDATE eips SET bandwidth = @Bandwidth, internet_charge_type = @InternetChargeType, instance_charge_type = @InstanceChargeType,
                            isp = @Isp, netmode = @Netmode, name = @Name, description = @Description, resource_group_id = @ResourceGroupId,
                            deletion_protection = @DeletionProtection, security_protection_types = @SecurityProtectionTypes,
                            allocation_time = @AllocationTime, expired_time = @ExpiredTime, released_time = @ReleasedTime, order_id = @OrderId,
                            idle_since = @IdleSince, idle_accrued_ms = @IdleAccruedMs, lock_reason = @LockReason, locked_at = @LockedAt
            WHERE allocation_id = @AllocationId AND account_id = @AccountId
            """,
            EipRow.ToParameters(eip));

    public async Task SaveBindingAsync(Eip before, Eip after)
    {
        if (before.AllocationId != after.AllocationId)
            throw new ArgumentException($"{after.AllocationId} is not {before.AllocationId}.", nameof(after));
        // Over the generation the transition started from: the aggregate bumped it, and a second writer must not win silently.
        var updated = await db.ExecuteAsync(
            """
            UPDATE eips SET generation = @Generation, spec_changed_at = @SpecChangedAt, idle_since = @IdleSince, idle_accrued_ms = @IdleAccruedMs
            WHERE allocation_id = @AllocationId AND generation = @BeforeGeneration
            """,
            new
            {
                after.AllocationId,
                after.Generation,
                SpecChangedAt = UnixTime.ToDb(after.SpecChangedAt),
                IdleSince = UnixTime.ToDb(after.IdleSince),
                IdleAccruedMs = (long)after.IdleAccrued.TotalMilliseconds,
                BeforeGeneration = before.Generation,
            });
        if (updated != 1)
            throw new InvalidOperationException($"The EIP {after.AllocationId} is no longer at generation {before.Generation}.");
        if (after.Binding == before.Binding)
            return;
        if (before.Binding is { } was && after.Binding is { } binding && binding == was with { Unbinding = binding.Unbinding })
        {
            // Only being undone (or no longer): the row stays where it is, and of its indexes only the two that skip
            // bindings being undone change. Deleted and inserted again, all six B-trees of eip_bindings changed, about a
            // fifth of the pages an Associate+Unassociate batch wrote to SQLite's log (issue 12).
            await db.ExecuteAsync(
                "UPDATE eip_bindings SET unbinding = @unbinding WHERE allocation_id = @allocationId",
                new { allocationId = after.AllocationId, unbinding = binding.Unbinding ? 1 : 0 });
            return;
        }

        await ReplaceBindingAsync(after.AllocationId, after.Binding);
    }

    public Task SetHighDefinitionMonitorAsync(string allocationId, HighDefinitionMonitor setting) =>
        db.ExecuteAsync(
            "UPDATE eips SET hd_monitor_status = @Status, hd_log_project = @LogProject, hd_log_store = @LogStore WHERE allocation_id = @allocationId",
            new { allocationId, setting.Status, setting.LogProject, setting.LogStore });

    public Task SetForwardModeAsync(string allocationId, string mode) =>
        db.ExecuteAsync("UPDATE eips SET forward_mode = @mode WHERE allocation_id = @allocationId", new { allocationId, mode });

    public async Task<IReadOnlyList<Eip>> ListBoundToAddressesInVpcAsync(string vpcId) =>
        await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE b.vpc_id = @vpcId AND b.instance_type = '{BindingTargetTypes.IpAddress}' AND b.unbinding = 0 AND e.released_time IS NULL ORDER BY b.bound_at, e.allocation_id",
            new { vpcId });

    public async Task<IReadOnlyList<Eip>> ListBoundToAsync(IReadOnlyCollection<string> instanceIds) =>
        await ListBindingsAsync("b.instance_id", instanceIds);

    public async Task<IReadOnlyList<Eip>> ListOnNetworkInterfacesAsync(IReadOnlyCollection<string> networkInterfaceIds) =>
        await ListBindingsAsync("b.network_interface_id", networkInterfaceIds);

    /// <summary>
    /// The EIPs bound (not being unbound) where <paramref name="column"/> is one of <paramref name="ids"/>. One id, as
    /// nearly every caller passes, is compared with "=": Dapper expands a list parameter with a regular expression on
    /// every call, and an Associate+Unassociate cycle ran about 3 % faster without it (issue 12).
    /// </summary>
    private async Task<IReadOnlyList<Eip>> ListBindingsAsync(string column, IReadOnlyCollection<string> ids)
    {
        const string bound = "b.unbinding = 0 AND e.released_time IS NULL ORDER BY b.bound_at, e.allocation_id";
        return ids.Count switch
        {
            0 => [],
            1 => await db.QueryEipsAsync($"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE {column} = @id AND {bound}", new { id = ids.First() }),
            _ => await db.QueryEipsAsync($"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE {db.In(column, "@ids")} AND {bound}", new { ids = ids.ToArray() }),
        };
    }

    public async Task<IReadOnlyList<Eip>> ListExpiredUnlockedAsync(DateTimeOffset now, int limit) =>
        await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE e.released_time IS NULL AND e.expired_time IS NOT NULL AND e.expired_time <= @now AND e.lock_reason = '' ORDER BY e.expired_time, e.allocation_id LIMIT @limit",
            new { now = UnixTime.ToDb(now), limit });

    public async Task<IReadOnlyList<Eip>> ListUnlockedOfOverdueAccountsAsync(int limit) =>
        await db.QueryEipsAsync(
            $"""
            SELECT {EipRow.Columns} FROM {EipRow.From} JOIN accounts a ON a.account_id = e.account_id
            WHERE a.overdue_since IS NOT NULL AND e.released_time IS NULL AND e.lock_reason = '' AND e.service_managed_by = ''
              AND e.instance_charge_type = 'PostPaid'
            ORDER BY e.allocation_time, e.allocation_id LIMIT @limit
            """,
            new { limit });

    public async Task<IReadOnlyList<Eip>> ListLockedSinceAsync(string lockReason, DateTimeOffset cutoff, int limit) =>
        await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE e.released_time IS NULL AND e.lock_reason = @lockReason AND e.locked_at <= @cutoff ORDER BY e.locked_at, e.allocation_id LIMIT @limit",
            new { lockReason, cutoff = UnixTime.ToDb(cutoff), limit });

    public async Task<IReadOnlyList<Eip>> ListOwnedAsync(string? accountId) =>
        await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE (@accountId IS NULL OR e.account_id = @accountId) AND e.released_time IS NULL AND e.service_managed_by = '' ORDER BY e.account_id, e.allocation_time, e.allocation_id",
            new { accountId });

    // The id breaks ties of one millisecond, so that both engines take the same batch under the limit: without it SQLite
    // took them by rowid and PostgreSQL by where the row sits in the table, which any later write to the EIP changes.
    public async Task<IReadOnlyList<PendingEip>> ListPendingAsync(int limit, IReadOnlySet<string>? regions = null) =>
        (await db.QueryAsync<(string AllocationId, long Generation, long SpecChangedAt)>(
            regions is null
                ? "SELECT allocation_id, generation, spec_changed_at FROM eips WHERE observed_generation < generation ORDER BY spec_changed_at, allocation_id LIMIT @limit"
                : $"SELECT allocation_id, generation, spec_changed_at FROM eips WHERE observed_generation < generation AND {db.In("region_id", "@regions")} ORDER BY spec_changed_at, allocation_id LIMIT @limit",
            new { limit, regions = regions?.ToArray() })).Select(p => new PendingEip(p.AllocationId, p.Generation, UnixTime.FromDb(p.SpecChangedAt))).ToList();

    public async Task<Eip?> FindAnyAsync(string allocationId) =>
        (await db.QueryEipsAsync(
            $"SELECT {EipRow.Columns} FROM {EipRow.From} WHERE e.allocation_id = @allocationId",
            new { allocationId })).SingleOrDefault();

    public async Task<bool> ConfirmAsync(string allocationId, long generation)
    {
        // The generation guard is a conditional write: a concurrency check that holds on any engine.
        var updated = await db.ExecuteAsync(
            "UPDATE eips SET observed_generation = @generation WHERE allocation_id = @allocationId AND generation = @generation AND observed_generation <> @generation",
            new { allocationId, generation });
        if (updated == 0)
            return false;
        // Only a binding being undone is gone after a confirmation (Eip.Confirm); a wanted one is never removed here.
        await db.ExecuteAsync("DELETE FROM eip_bindings WHERE allocation_id = @allocationId AND unbinding = 1", new { allocationId });
        return true;
    }

    /// <summary>
    /// The binding row replaced by the aggregate's (deleted first, so the unique keys of the bindings still wanted judge
    /// the new one), or removed. Two statements, not one text: a single INSERT runs on the writer's bound statements
    /// (<see cref="Sqlite.BoundStatement"/>).
    /// </summary>
    private async Task ReplaceBindingAsync(string allocationId, EipBinding? binding)
    {
        await db.ExecuteAsync("DELETE FROM eip_bindings WHERE allocation_id = @allocationId", new { allocationId });
        if (binding is null)
            return;
        await db.ExecuteAsync(
            """
            INSERT INTO eip_bindings (allocation_id, account_id, region_id, instance_type, instance_id, mode, private_ip_address,
                                      network_interface_id, exclusive_target, private_ip_key, unbinding, bound_at, vpc_id, private_ip_chosen)
            VALUES (@AllocationId, @AccountId, @RegionId, @InstanceType, @InstanceId, @Mode, @PrivateIpAddress,
                    @NetworkInterfaceId, @ExclusiveTarget, @PrivateIpKey, @Unbinding, @BoundAt, @VpcId, @PrivateIpChosen)
            """,
            new
            {
                AllocationId = allocationId,
                binding.AccountId,
                binding.RegionId,
                binding.InstanceType,
                binding.InstanceId,
                binding.Mode,
                binding.PrivateIpAddress,
                binding.NetworkInterfaceId,
                binding.ExclusiveTarget,
                binding.PrivateIpKey,
                Unbinding = binding.Unbinding ? 1 : 0,
                BoundAt = UnixTime.ToDb(binding.BoundAt),
                binding.VpcId,
                PrivateIpChosen = binding.PrivateIpChosen ? 1 : 0,
            });
    }

    /// <returns>The condition, its parameters, and whether it narrows the account's EIPs in the region at all.</returns>
    private (string Where, DynamicParameters Parameters, bool Filtered) BuildFilter(EipQuery query)
    {
        const string wholeAccount = "e.account_id = @accountId AND e.region_id = @regionId AND e.released_time IS NULL";
        var where = new StringBuilder(wholeAccount);
        var parameters = new DynamicParameters(new { accountId = query.AccountId, regionId = query.RegionId });
        if (query.AllocationIds is { } ids)
        {
            where.Append($" AND {db.In("e.allocation_id", "@ids")}");
            parameters.Add("ids", ids.ToArray());
        }

        if (query.IpAddresses is { } ips)
        {
            where.Append($" AND {db.In("e.ip_address", "@ips")}");
            parameters.Add("ips", ips.ToArray());
        }

        AddEquals(where, parameters, "name", query.Name);
        AddEquals(where, parameters, "service_managed_by", query.ServiceManagedBy);
        if (query.ServiceManaged is { } managed)
            where.Append(managed ? " AND e.service_managed_by <> ''" : " AND e.service_managed_by = ''");
        AddStatusFilter(where, query.Status);
        if (query.AssociatedInstanceType is { } boundType)
        {
            where.Append(" AND b.unbinding = 0 AND b.instance_type = @boundType");
            parameters.Add("boundType", boundType);
        }

        if (query.AssociatedInstanceId is { } boundId)
        {
            where.Append(" AND ((b.unbinding = 0 AND b.instance_id = @boundId) OR e.service_managed_by = @boundId)");
            parameters.Add("boundId", boundId);
        }

        AddEquals(where, parameters, "lock_reason", query.LockReason);
        if (query.SecurityProtectionEnabled is { } protectedOnly)
            where.Append(protectedOnly ? " AND e.security_protection_types <> '[]'" : " AND e.security_protection_types = '[]'");
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

        return (where.ToString(), parameters, where.Length > wholeAccount.Length);
    }

    /// <summary>The status filter, as the same derivation <see cref="Eip.Status"/> makes, in SQL.</summary>
    private static void AddStatusFilter(StringBuilder where, string? status)
    {
        where.Append(status switch
        {
            null => "",
            EipStatus.Available => " AND e.service_managed_by = '' AND b.allocation_id IS NULL",
            EipStatus.Unassociating => " AND e.service_managed_by = '' AND b.unbinding = 1",
            EipStatus.Associating => " AND e.service_managed_by = '' AND b.unbinding = 0 AND e.observed_generation < e.generation",
            EipStatus.InUse => " AND (e.service_managed_by <> '' OR (b.unbinding = 0 AND e.observed_generation >= e.generation))",
            _ => " AND 1 = 0",
        });
    }

    private static void AddEquals(StringBuilder where, DynamicParameters parameters, string column, string? value)
    {
        if (value is null)
            return;
        where.Append($" AND e.{column} = @{column}");
        parameters.Add(column, value);
    }
}
