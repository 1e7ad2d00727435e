using System.Data.Common;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;

namespace OpenEip.Storage.Sql;

/// <summary>The records of one store call, all on its transaction and its cancellation token (<see cref="SqlCommands"/>).</summary>
internal sealed class SqlSession(SqlCommands db, SecretProtector secrets) : IStoreSession
{
    public SqlSession(DbConnection connection, DbTransaction transaction, SecretProtector secrets, CancellationToken cancellationToken)
        : this(new SqlCommands(connection, transaction, cancellationToken), secrets)
    {
    }

    /// <summary>Whether this session's writes changed the AccessKeys (the store tells credential caches once it commits).</summary>
    public bool CredentialsChanged => db.CredentialsChanged;

    public IAccountRecords Accounts { get; } = new AccountRecords(db, secrets);

    public IEipRecords Eips { get; } = new EipRecords(db);

    public IAddressRecords Addresses { get; } = new AddressRecords(db);

    public ITagRecords Tags { get; } = new TagRecords(db);

    public INetworkRecords Networks { get; } = new NetworkRecords(db);

    public IPrivateIpRecords PrivateIps { get; } = new PrivateIpRecords(db);

    public IComputeRecords Compute { get; } = new ComputeRecords(db);

    public INatRecords NatGateways { get; } = new NatRecords(db);

    public INatEntryRecords NatEntries { get; } = new NatEntryRecords(db);

    public IHaVipRecords HaVips { get; } = new HaVipRecords(db);

    public ILoadBalancerRecords LoadBalancers { get; } = new LoadBalancerRecords(db);

    public ISettingRecords Settings { get; } = new SettingRecords(db);

    public IDesiredStateRecords DesiredState { get; } = new DesiredStateRecords(db);

    public IResourceGroupRecords ResourceGroups { get; } = new ResourceGroupRecords(db);
}
