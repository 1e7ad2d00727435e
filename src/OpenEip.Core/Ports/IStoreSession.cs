namespace OpenEip.Core.Ports;

/// <summary>The records a use case reads and writes inside one store transaction.</summary>
public interface IStoreSession
{
    IAccountRecords Accounts { get; }

    IEipRecords Eips { get; }

    IAddressRecords Addresses { get; }

    ITagRecords Tags { get; }

    INetworkRecords Networks { get; }

    IPrivateIpRecords PrivateIps { get; }

    IComputeRecords Compute { get; }

    INatRecords NatGateways { get; }

    INatEntryRecords NatEntries { get; }

    IHaVipRecords HaVips { get; }

    ILoadBalancerRecords LoadBalancers { get; }

    ISettingRecords Settings { get; }

    IDesiredStateRecords DesiredState { get; }

    IResourceGroupRecords ResourceGroups { get; }
}
