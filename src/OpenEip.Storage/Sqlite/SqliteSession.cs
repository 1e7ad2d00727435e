using Microsoft.Data.Sqlite;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;

namespace OpenEip.Storage.Sqlite;

internal sealed class SqliteSession(SqliteConnection connection, SqliteTransaction transaction, SecretProtector secrets) : IStoreSession
{
    public IAccountRecords Accounts { get; } = new SqliteAccountRecords(connection, transaction, secrets);

    public IEipRecords Eips { get; } = new SqliteEipRecords(connection, transaction);

    public IAddressRecords Addresses { get; } = new SqliteAddressRecords(connection, transaction);

    public ITagRecords Tags { get; } = new SqliteTagRecords(connection, transaction);

    public INetworkRecords Networks { get; } = new SqliteNetworkRecords(connection, transaction);

    public IPrivateIpRecords PrivateIps { get; } = new SqlitePrivateIpRecords(connection, transaction);

    public IComputeRecords Compute { get; } = new SqliteComputeRecords(connection, transaction);

    public INatRecords NatGateways { get; } = new SqliteNatRecords(connection, transaction);

    public INatEntryRecords NatEntries { get; } = new SqliteNatEntryRecords(connection, transaction);

    public IHaVipRecords HaVips { get; } = new SqliteHaVipRecords(connection, transaction);

    public ILoadBalancerRecords LoadBalancers { get; } = new SqliteLoadBalancerRecords(connection, transaction);

    public ISettingRecords Settings { get; } = new SqliteSettingRecords(connection, transaction);

    public IDesiredStateRecords DesiredState { get; } = new SqliteDesiredStateRecords(connection, transaction);

    public IResourceGroupRecords ResourceGroups { get; } = new SqliteResourceGroupRecords(connection, transaction);
}
