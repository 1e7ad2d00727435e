using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Accounts;
using OpenEip.Core.Compute;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.Ports;
using OpenEip.Tests.Stores;

namespace OpenEip.Tests.Networks;

/// <summary>VPC, vSwitch, security group and the compute use cases over SQLite, with a fake clock.</summary>
public sealed class ComputeTestBed : IDisposable
{
    public const string Region = "cn-hangzhou";
    public const string AccountId = "1000000000000002";

    private readonly TestStore _store = TestStore.Create("openeip-compute-");

    public ComputeTestBed()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero));
        Store = _store.Open(Clock);
        var regions = RegionCatalogue.LoadEmbedded();
        var types = InstanceTypeCatalogue.LoadEmbedded();
        CreateVpc = new CreateVpc(Store, regions, Clock);
        CreateVSwitch = new CreateVSwitch(Store, regions, Clock);
        CreateGroup = new CreateSecurityGroup(Store, Clock);
        AuthorizeGroup = new AuthorizeSecurityGroup(Store, Clock);
        RevokeGroup = new RevokeSecurityGroup(Store, Clock);
        var timings = ComputeTimings.Default;
        Launch = new LaunchInstances(Store, regions, types, Clock);
        Stop = new StopInstance(Store, timings, Clock);
        DeleteInstance = new DeleteInstance(Store, timings, Clock);
        AllocatePublicIp = new AllocatePublicIpAddress(Store, timings, Clock);
        CreateEni = new CreateNetworkInterface(Store, Clock);
        AttachEni = new AttachNetworkInterface(Store, types, timings, Clock);
        DetachEni = new DetachNetworkInterface(Store, timings, Clock);
        DeleteEni = new DeleteNetworkInterface(Store, timings, Clock);
        AssignPrivateIps = new AssignPrivateIpAddresses(Store, types, timings, Clock);
        DescribeGroupAttribute = new DescribeSecurityGroupAttribute(Store);
        DescribeInstances = new DescribeInstances(Store, regions, timings, Clock);
        DescribeEnis = new DescribeNetworkInterfaces(Store, regions, timings, Clock);
        Store.WriteAsync<bool>(null, async s =>
        {
            await s.Accounts.InsertAsync(new Account(AccountId, "compute", false, Clock.GetUtcNow()));
            await ResourceGroupPlacement.CreateDefaultAsync(s, AccountId, Clock.GetUtcNow());
            await s.Addresses.AddToPoolAsync(Region, ["203.0.113.10", "203.0.113.11"]);
            return true;
        }, CancellationToken.None).GetAwaiter().GetResult();
    }

    public FakeTimeProvider Clock { get; }
    public IStore Store { get; }
    public CreateVpc CreateVpc { get; }
    public CreateVSwitch CreateVSwitch { get; }
    public CreateSecurityGroup CreateGroup { get; }
    public AuthorizeSecurityGroup AuthorizeGroup { get; }
    public RevokeSecurityGroup RevokeGroup { get; }
    public LaunchInstances Launch { get; }
    public StopInstance Stop { get; }
    public DeleteInstance DeleteInstance { get; }
    public AllocatePublicIpAddress AllocatePublicIp { get; }
    public CreateNetworkInterface CreateEni { get; }
    public AttachNetworkInterface AttachEni { get; }
    public DetachNetworkInterface DetachEni { get; }
    public DeleteNetworkInterface DeleteEni { get; }
    public AssignPrivateIpAddresses AssignPrivateIps { get; }
    public DescribeSecurityGroupAttribute DescribeGroupAttribute { get; }
    public DescribeInstances DescribeInstances { get; }
    public DescribeNetworkInterfaces DescribeEnis { get; }

    public string VpcId { get; private set; } = "";
    public string VSwitchId { get; private set; } = "";
    public string GroupId { get; private set; } = "";

    public async Task<ComputeTestBed> WithNetworkAsync(string vSwitchCidr = "10.0.1.0/24")
    {
        VpcId = (await CreateVpc.ExecuteAsync(new CreateVpcCommand(AccountId, Region, "10.0.0.0/16", null, null, null), null, CancellationToken.None)).Value.VpcId;
        VSwitchId = (await CreateVSwitch.ExecuteAsync(new CreateVSwitchCommand(AccountId, Region, VpcId, "cn-hangzhou-b", vSwitchCidr, null, null), null, CancellationToken.None)).Value;
        GroupId = (await CreateGroup.ExecuteAsync(new CreateSecurityGroupCommand(AccountId, Region, VpcId, "web", null, null), null, CancellationToken.None)).Value;
        return this;
    }

    public async Task<string> RunAsync(string instanceType = "ecs.g7.large", bool start = true)
    {
        var result = await Launch.ExecuteAsync(new LaunchCommand(AccountId, Region, instanceType) { VSwitchId = VSwitchId, SecurityGroupIds = [GroupId], Start = start }, null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value.Single();
    }

    public async Task<string> EniAsync(int secondaryIps = 0)
    {
        var result = await CreateEni.ExecuteAsync(new CreateNetworkInterfaceCommand(AccountId, Region, VSwitchId, [GroupId]) { SecondaryPrivateIpAddressCount = secondaryIps }, null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value;
    }

    public Task<OpenEip.Core.Errors.Result<OpenEip.Core.Errors.Unit>> AttachAsync(string eni, string instance) =>
        AttachEni.ExecuteAsync(new AttachNetworkInterfaceCommand(AccountId, Region, eni, instance), null, CancellationToken.None);

    public async Task<string> StatusAsync(string instanceId) =>
        (await DescribeInstances.ExecuteAsync(new DescribeInstancesQuery(new OpenEip.Core.Ports.ComputeQuery(AccountId, Region) { Ids = [instanceId] }), CancellationToken.None)).Value.Items.Single().Status;

    public void Dispose()
    {
        _store.Dispose();
    }
}
