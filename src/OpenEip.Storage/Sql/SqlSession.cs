using System.Data.Common;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;

namespace OpenEip.Storage.Sql;

internal sealed class SqlSession(DbConnection connection, DbTransaction transaction, SecretProtector secrets) : IStoreSession
{
    public IAccountRecords Accounts { get; } = new AccountRecords(connection, transaction, secrets);

    public IEipRecords Eips { get; } = new EipRecords(connection, transaction);

    public IAddressRecords Addresses { get; } = new AddressRecords(connection, transaction);

    public ITagRecords Tags { get; } = new TagRecords(connection, transaction);

    public INetworkRecords Networks { get; } = new NetworkRecords(connection, transaction);

    public IPrivateIpRecords PrivateIps { get; } = new PrivateIpRecords(connection, transaction);

    public IComputeRecords Compute { get; } = new ComputeRecords(connection, transaction);

    public INatRecords NatGateways { get; } = new NatRecords(connection, transaction);

    public INatEntryRecords NatEntries { get; } = new NatEntryRecords(connection, transaction);

    public IHaVipRecords HaVips { get; } = new HaVipRecords(connection, transaction);

    public ILoadBalancerRecords LoadBalancers { get; } = new LoadBalancerRecords(connection, transaction);

    public ISettingRecords Settings { get; } = new SettingRecords(connection, transaction);

    public IDesiredStateRecords DesiredState { get; } = new DesiredStateRecords(connection, transaction);

    public IResourceGroupRecords ResourceGroups { get; } = new ResourceGroupRecords(connection, transaction);
}
