using Microsoft.Extensions.Time.Testing;
using OpenEip.Core.Accounts;
using OpenEip.Core.Regions;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.Ports;
using OpenEip.Tests.Stores;

namespace OpenEip.Tests.Networks;

/// <summary>The VPC and vSwitch use cases over a real store (SQLite, or PostgreSQL: <see cref="TestStore"/>).</summary>
public sealed class NetworkTestBed : IDisposable
{
    public const string Region = "cn-hangzhou";

    private readonly TestStore _store = TestStore.Create("openeip-net-");

    public NetworkTestBed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 8, 0, 0, TimeSpan.Zero));
        Store = _store.Open(clock);
        var regions = RegionCatalogue.LoadEmbedded();
        CreateVpc = new CreateVpc(Store, regions, clock);
        DeleteVpc = new DeleteVpc(Store);
        AssociateVpcCidrBlock = new AssociateVpcCidrBlock(Store);
        UnassociateVpcCidrBlock = new UnassociateVpcCidrBlock(Store);
        CreateVSwitch = new CreateVSwitch(Store, regions, clock);
        DeleteVSwitch = new DeleteVSwitch(Store);
        DescribeVSwitches = new DescribeVSwitches(Store, regions);
        AccountId = "1000000000000001";
        Store.WriteAsync<bool>(null, async s =>
        {
            await s.Accounts.InsertAsync(new Account(AccountId, "net", false, clock.GetUtcNow()));
            await ResourceGroupPlacement.CreateDefaultAsync(s, AccountId, clock.GetUtcNow());
            return true;
        }, CancellationToken.None).GetAwaiter().GetResult();
    }

    public IStore Store { get; }
    public CreateVpc CreateVpc { get; }
    public DeleteVpc DeleteVpc { get; }
    public AssociateVpcCidrBlock AssociateVpcCidrBlock { get; }
    public UnassociateVpcCidrBlock UnassociateVpcCidrBlock { get; }
    public CreateVSwitch CreateVSwitch { get; }
    public DeleteVSwitch DeleteVSwitch { get; }
    public DescribeVSwitches DescribeVSwitches { get; }
    public string AccountId { get; }

    public async Task<string> VpcAsync(string cidr = "10.0.0.0/16")
    {
        var result = await CreateVpc.ExecuteAsync(new CreateVpcCommand(AccountId, Region, cidr, null, null, null), null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value.VpcId;
    }

    public Task<OpenEip.Core.Errors.Result<string>> VSwitchAsync(string vpcId, string cidr, string zone = "cn-hangzhou-b") =>
        CreateVSwitch.ExecuteAsync(new CreateVSwitchCommand(AccountId, Region, vpcId, zone, cidr, null, null), null, CancellationToken.None);

    public void Dispose()
    {
        _store.Dispose();
    }
}
