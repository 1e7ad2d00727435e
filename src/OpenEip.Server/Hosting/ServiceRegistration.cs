using Microsoft.Extensions.Options;
using OpenEip.Core.Calls;
using OpenEip.Core.Compute;
using OpenEip.Core.DataPlane;
using OpenEip.Core.DataPlane.Desired;
using OpenEip.Core.Pools;
using OpenEip.DataPlane.Actions;
using OpenEip.DataPlane.Driver;
using OpenEip.DataPlane.Linux;
using OpenEip.Core.Ports;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Core.UseCases.Associations;
using OpenEip.Core.UseCases.Billing;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Core.UseCases.HaVips;
using OpenEip.Core.UseCases.LoadBalancers;
using OpenEip.Core.UseCases.Nat;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.UseCases.Tags;
using OpenEip.Rpc.Dispatch;
using OpenEip.Rpc.Signing;
using OpenEip.Rpc.Throttling;
using OpenEip.Server.Billing;
using OpenEip.Server.Calls;
using OpenEip.Server.Configuration;
using OpenEip.Server.DataPlane;
using OpenEip.Server.Products.Ecs;
using OpenEip.Server.Products.Ecs.Instances;
using OpenEip.Server.Products.Ecs.NetworkInterfaces;
using OpenEip.Server.Products.Ecs.SecurityGroups;
using OpenEip.Server.Products.Ecs.Tags;
using OpenEip.Server.Products.Operator;
using OpenEip.Server.Products.Vpc.Associations;
using OpenEip.Server.Products.Vpc.Eips;
using OpenEip.Server.Products.Vpc.Networks;
using OpenEip.Server.Products.Vpc.HaVips;
using OpenEip.Server.Products.Vpc.Nat;
using OpenEip.Server.Products.Vpc.NatEntries;
using OpenEip.Server.Products.Vpc.Regions;
using OpenEip.Server.Products.Vpc.RouteTables;
using OpenEip.Server.Products.Vpc.Tags;
using OpenEip.Storage.Secrets;

namespace OpenEip.Server.Hosting;

/// <summary>Wires the service: clock, store, use cases, protocol and the products' actions.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddOpenEip(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenEipOptions>().Bind(configuration.GetSection(OpenEipOptions.Section));
        var options = configuration.GetSection(OpenEipOptions.Section).Get<OpenEipOptions>() ?? new OpenEipOptions();

        services.AddHttpContextAccessor();
        services.AddSingleton(new SignatureClock(TimeProvider.System));
        if (options.Clock.Adjustable)
        {
            var clock = new AdjustableClock(TimeProvider.System);
            services.AddSingleton(clock);
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IRpcAction, AdvanceClockAction>();
        }
        else
        {
            services.AddSingleton(TimeProvider.System);
        }

        var catalogue = RegionCatalogue.LoadEmbedded();
        if (catalogue.Find(options.DefaultRegionId) is null)
            throw new InvalidOperationException($"OpenEip:DefaultRegionId \"{options.DefaultRegionId}\" is not in the region catalogue.");
        services.AddSingleton(catalogue);
        services.AddSingleton(new Products.ZonalLb.DefaultRegion(options.DefaultRegionId));
        services.AddSingleton(InstanceTypeCatalogue.LoadEmbedded());
        services.AddSingleton(options.Compute.ToTimings());
        services.AddSingleton<CurrentCall>();
        services.AddSingleton(_ => SecretKeyFile.LoadOrCreate(options.Secrets.KeyFile ?? Path.Combine(options.DataDir, "secrets.key")));
        services.AddStore(options, configuration);
        options.Audit.Validate();
        services.AddSingleton(options.Audit);
        services.AddSingleton<CallJournal>();
        services.AddSingleton<ICallJournal>(sp => sp.GetRequiredService<CallJournal>());
        services.AddHostedService(sp => sp.GetRequiredService<CallJournal>());
        services.AddSingleton(new RequestThrottle(options.Throttling.ToPolicy()));

        var dataPlane = options.DataPlane;
        dataPlane.Validate();
        services.AddSingleton(dataPlane);
        AddDataPlaneDriver(services, dataPlane);
        services.AddSingleton(sp => new RegionPools(sp.GetRequiredService<RegionCatalogue>().Regions
            .Select(r => new RegionPool(r.RegionId, AddressPoolPlan.RangesFor(r, options.AddressPools).ToList())).ToList()));
        services.AddSingleton<DesiredStateReader>();
        services.AddSingleton<IDataPlaneSource>(sp => new StoreDataPlaneSource(sp.GetRequiredService<IStore>(), sp.GetRequiredService<DesiredStateReader>()));
        services.AddSingleton<ReconcileSignal>();
        services.AddSingleton<IReconcileSignal>(sp => sp.GetRequiredService<ReconcileSignal>());
        services.AddSingleton<Reconciler>();
        if (dataPlane.RunsInServer)
            services.AddHostedService<ReconcilerService>();
        services.AddSingleton<BindingPlanner>();
        services.AddSingleton<AssociateEip>();
        services.AddSingleton<AssociateEipBatch>();
        services.AddSingleton<UnassociateEip>();
        services.AddSingleton<ModifyEipForwardMode>();
        services.AddSingleton<BindingCandidates>();
        services.AddSingleton<RecoverableEips>();

        services.AddSingleton(options.Billing);
        services.AddSingleton(options.Billing.ToPolicy());
        services.AddSingleton<BillingSweep>();
        services.AddSingleton<SetAccountOverdue>();
        services.AddSingleton<SetIdleEipPrice>();
        services.AddSingleton<DescribeIdleEipFees>();
        services.AddSingleton<IdleFeesOfEips>();
        services.AddSingleton<OverdueAccounts>();
        services.AddHostedService<BillingService>();

        services.AddSingleton<AllocateEip>();
        services.AddSingleton<DescribeEips>();
        services.AddSingleton<ModifyEip>();
        services.AddSingleton<ReleaseEip>();
        services.AddSingleton<SetEipDeletionProtection>();
        services.AddSingleton<SetHighDefinitionMonitor>();
        services.AddSingleton<DescribeHighDefinitionMonitor>();
        services.AddSingleton<TagResources>();
        services.AddSingleton<UntagResources>();
        services.AddSingleton<ListTagResources>();
        services.AddSingleton<CreateVpc>();
        services.AddSingleton<ModifyVpc>();
        services.AddSingleton<DeleteVpc>();
        services.AddSingleton<AssociateVpcCidrBlock>();
        services.AddSingleton<UnassociateVpcCidrBlock>();
        services.AddSingleton<CreateVSwitch>();
        services.AddSingleton<ModifyVSwitch>();
        services.AddSingleton<DeleteVSwitch>();
        services.AddSingleton<DescribeVpcs>();
        services.AddSingleton<DescribeVpcAttribute>();
        services.AddSingleton<DescribeVSwitches>();
        services.AddSingleton<DescribeVSwitchAttributes>();
        services.AddSingleton<DescribeRouteTables>();
        services.AddSingleton<CreateSecurityGroup>();
        services.AddSingleton<AuthorizeSecurityGroup>();
        services.AddSingleton<RevokeSecurityGroup>();
        services.AddSingleton<DeleteSecurityGroup>();
        services.AddSingleton<LaunchInstances>();
        services.AddSingleton<StartInstance>();
        services.AddSingleton<StopInstance>();
        services.AddSingleton<RebootInstance>();
        services.AddSingleton<DeleteInstance>();
        services.AddSingleton<AllocatePublicIpAddress>();
        services.AddSingleton<CreateNetworkInterface>();
        services.AddSingleton<ModifyNetworkInterface>();
        services.AddSingleton<AttachNetworkInterface>();
        services.AddSingleton<DetachNetworkInterface>();
        services.AddSingleton<DeleteNetworkInterface>();
        services.AddSingleton<AssignPrivateIpAddresses>();
        services.AddSingleton<UnassignPrivateIpAddresses>();
        services.AddSingleton<DescribeSecurityGroups>();
        services.AddSingleton<DescribeSecurityGroupAttribute>();
        services.AddSingleton<DescribeInstances>();
        services.AddSingleton<DescribeNetworkInterfaces>();
        services.AddSingleton<CreateNatGateway>();
        services.AddSingleton<ModifyNatGateway>();
        services.AddSingleton<DeleteNatGateway>();
        services.AddSingleton<SetNatGatewayDeletionProtection>();
        services.AddSingleton<SetNatGatewayCreationTime>();
        services.AddSingleton<DescribeNatGateways>();
        services.AddSingleton<CreateSnatEntry>();
        services.AddSingleton<ModifySnatEntry>();
        services.AddSingleton<DeleteSnatEntry>();
        services.AddSingleton<DescribeSnatEntries>();
        services.AddSingleton<CreateForwardEntry>();
        services.AddSingleton<ModifyForwardEntry>();
        services.AddSingleton<DeleteForwardEntry>();
        services.AddSingleton<DescribeForwardEntries>();
        services.AddSingleton<CreateHaVip>();
        services.AddSingleton<ModifyHaVip>();
        services.AddSingleton<DeleteHaVip>();
        services.AddSingleton<AssociateHaVip>();
        services.AddSingleton<UnassociateHaVip>();
        services.AddSingleton<SetHaVipMaster>();
        services.AddSingleton<DescribeHaVips>();
        services.AddSingleton<CreateClassicLoadBalancer>();
        services.AddSingleton<DeleteClassicLoadBalancer>();
        services.AddSingleton<DescribeClassicLoadBalancer>();
        services.AddSingleton<DescribeClassicLoadBalancers>();
        services.AddSingleton<CreateZonalLoadBalancer>();
        services.AddSingleton<UpdateZonalLoadBalancerAddressType>();
        services.AddSingleton<DeleteZonalLoadBalancer>();
        services.AddSingleton<GetZonalLoadBalancer>();
        services.AddSingleton<ListZonalLoadBalancers>();
        services.AddSingleton<CreateAccount>();
        services.AddSingleton<CreateAccessKey>();
        services.AddSingleton<DeleteAccessKey>();
        services.AddSingleton<DescribeAccounts>();
        services.AddSingleton<SetAccountQuota>();
        services.AddSingleton<CreateResourceGroup>();
        services.AddSingleton<ListResourceGroups>();
        services.AddSingleton<GetResourceGroup>();
        services.AddSingleton<DeleteResourceGroup>();
        services.AddSingleton<MoveResource>();
        services.AddSingleton<OperatorBootstrap>();
        services.AddSingleton<ServerInitializer>();

        services.AddSingleton<StoreCredentialSource>();
        services.AddSingleton<ICredentialSource>(sp => new CachedCredentialSource(sp.GetRequiredService<StoreCredentialSource>(), sp.GetRequiredService<ICredentialChanges>()));
        services.AddSingleton<NonceCache>();
        services.AddSingleton<RequestAuthenticator>();
        services.AddSingleton<RpcActionRegistry>();
        services.AddSingleton<RpcDispatcher>();
        services.AddSingleton<RpcEndpoint>();

        AddActions(services);
        return services;
    }

    /// <summary>The driver OpenEip:DataPlane:Driver names; nftables only where it can run (refused at start with the reasons).</summary>
    private static void AddDataPlaneDriver(IServiceCollection services, DataPlaneOptions dataPlane)
    {
        if (dataPlane.Driver != "nftables")
        {
            services.AddSingleton<IDataPlaneDriver>(new NoDataPlaneDriver(dataPlane.ConfirmDelay));
            return;
        }

        var problems = LinuxPrerequisites.Check();
        if (problems.Count > 0)
            throw new InvalidOperationException($"OpenEip:DataPlane:Driver=nftables cannot run here: {string.Join("; ", problems)}.");
        services.AddSingleton<IActionExecutor>(sp => new LinuxActionExecutor(sp.GetRequiredService<ILogger<LinuxActionExecutor>>()));
        services.AddSingleton<IDataPlaneDriver, NftablesDriver>();
    }

    private static void AddActions(IServiceCollection services)
    {
        Type[] actions =
        [
            typeof(AllocateEipAddressAction), typeof(AllocateEipAddressProAction), typeof(DescribeEipAddressesAction),
            typeof(ModifyEipAddressAttributeAction), typeof(ReleaseEipAddressAction), typeof(DeletionProtectionAction),
            typeof(AssociateEipAddressAction), typeof(AssociateEipAddressBatchAction), typeof(UnassociateEipAddressAction),
            typeof(ModifyEipForwardModeAction),
            typeof(SetHighDefinitionMonitorLogStatusAction), typeof(DescribeHighDefinitionMonitorLogAttributeAction),
            typeof(TagResourcesAction), typeof(UnTagResourcesAction), typeof(ListTagResourcesAction),
            typeof(DescribeRegionsAction), typeof(DescribeZonesAction),
            typeof(CreateVpcAction), typeof(DescribeVpcsAction), typeof(DeleteVpcAction),
            typeof(AssociateVpcCidrBlockAction), typeof(UnassociateVpcCidrBlockAction),
            typeof(CreateVSwitchAction), typeof(DescribeVSwitchesAction), typeof(DeleteVSwitchAction),
            typeof(CreateNatGatewayAction), typeof(DescribeNatGatewaysAction), typeof(DeleteNatGatewayAction), typeof(SetNatGatewayCreationTimeAction),
            typeof(CreateSnatEntryAction), typeof(DescribeSnatTableEntriesAction), typeof(DeleteSnatEntryAction),
            typeof(CreateForwardEntryAction), typeof(DescribeForwardTableEntriesAction), typeof(DeleteForwardEntryAction),
            typeof(CreateHaVipAction), typeof(DescribeHaVipsAction), typeof(DeleteHaVipAction), typeof(AssociateHaVipAction), typeof(UnassociateHaVipAction),
            typeof(DescribeInstanceTypesAction),
            typeof(CreateSecurityGroupAction), typeof(AuthorizeSecurityGroupAction), typeof(RevokeSecurityGroupAction),
            typeof(DeleteSecurityGroupAction), typeof(DescribeSecurityGroupsAction), typeof(DescribeSecurityGroupAttributeAction),
            typeof(RunInstancesAction), typeof(CreateInstanceAction), typeof(DescribeInstancesAction), typeof(StartInstanceAction),
            typeof(StopInstanceAction), typeof(RebootInstanceAction), typeof(DeleteInstanceAction), typeof(AllocatePublicIpAddressAction),
            typeof(CreateNetworkInterfaceAction), typeof(DescribeNetworkInterfacesAction), typeof(AttachNetworkInterfaceAction),
            typeof(DetachNetworkInterfaceAction), typeof(DeleteNetworkInterfaceAction), typeof(AssignPrivateIpAddressesAction),
            typeof(UnassignPrivateIpAddressesAction),
            // Terraform fidelity (NAT, SNAT/DNAT, HaVip, ENI, VPC/vSwitch reads, tags beyond EIPs).
            typeof(ModifyNatGatewayAttributeAction), typeof(ModifySnatEntryAction), typeof(ModifyForwardEntryAction), typeof(ModifyHaVipAttributeAction),
            typeof(DescribeVpcAttributeAction), typeof(DescribeVSwitchAttributesAction), typeof(DescribeRouteTableListAction),
            typeof(ModifyVpcAttributeAction), typeof(ModifyVSwitchAttributeAction),
            typeof(ModifyNetworkInterfaceAttributeAction), typeof(EcsTagResourcesAction), typeof(EcsUntagResourcesAction), typeof(EcsListTagResourcesAction),
            typeof(Products.Slb.CreateLoadBalancerAction), typeof(Products.Slb.DescribeLoadBalancersAction),
            typeof(Products.Slb.DescribeLoadBalancerAttributeAction), typeof(Products.Slb.DeleteLoadBalancerAction),
            typeof(Products.ZonalLb.CreateAlbAction), typeof(Products.ZonalLb.CreateNlbAction), typeof(Products.ZonalLb.GetAlbAction),
            typeof(Products.ZonalLb.GetNlbAction), typeof(Products.ZonalLb.ListAlbAction), typeof(Products.ZonalLb.ListNlbAction),
            typeof(Products.ZonalLb.UpdateAlbAddressTypeAction), typeof(Products.ZonalLb.UpdateNlbAddressTypeAction),
            typeof(Products.ZonalLb.DeleteAlbAction), typeof(Products.ZonalLb.DeleteNlbAction),
            typeof(CreateAccountAction), typeof(CreateAccessKeyAction), typeof(DeleteAccessKeyAction),
            typeof(DescribeAccountsAction), typeof(SetAccountQuotaAction), typeof(SetHaVipMasterAction),
            typeof(SetAccountOverdueAction), typeof(SetIdleEipPriceAction), typeof(DescribeIdleEipFeesAction),
            typeof(DescribeAddressPoolsAction),
            typeof(DescribeAuditEventsAction),
            typeof(Products.Operator.DataPlane.DescribePendingEipsAction), typeof(Products.Operator.DataPlane.DescribeDataPlaneStateAction),
            typeof(Products.Operator.DataPlane.ReportDataPlaneAppliedAction),
            typeof(DescribeResourceGroupsAction), typeof(CreateAccountResourceGroupAction),
            typeof(Products.ResourceManager.CreateResourceGroupAction), typeof(Products.ResourceManager.ListResourceGroupsAction),
            typeof(Products.ResourceManager.GetResourceGroupAction), typeof(Products.ResourceManager.DeleteResourceGroupAction),
            typeof(Products.Vpc.ResourceGroups.MoveResourceGroupAction), typeof(Products.Ecs.ResourceGroups.JoinResourceGroupAction),
        ];
        foreach (var action in actions)
            services.AddSingleton(typeof(IRpcAction), action);
    }
}
