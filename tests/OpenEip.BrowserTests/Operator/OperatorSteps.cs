using System.Text.Json;
using Microsoft.Playwright;

namespace OpenEip.BrowserTests.Operator;

/// <summary>Steps the operator pages' tests share: accounts made through the operator API, and calls signed as them.</summary>
public static class OperatorSteps
{
    public const string Region = "cn-hangzhou";

    public sealed record AccountPair(string AccountId, string AccessKeyId, string AccessKeySecret);

    /// <summary>A new tenant account, made through the operator API (CreateAccount).</summary>
    public static async Task<AccountPair> CreateAccountAsync(ServerFixture server, string name)
    {
        var body = await server.Rpc.CallAsync("CreateAccount", new Dictionary<string, string> { ["AccountName"] = name }, OperatorRpc.Operator);
        return new AccountPair(Text(body, "AccountId"), Text(body, "AccessKeyId"), Text(body, "AccessKeySecret"));
    }

    /// <summary>The API as this account: the same V1 signing with the account's own pair.</summary>
    public static OperatorRpc As(ServerFixture server, AccountPair account) => new(server.BaseUrl, account.AccessKeyId, account.AccessKeySecret);

    /// <summary>A VPC with a vSwitch in the region's first zone, for a HaVip to live in; returns the vSwitch's id.</summary>
    public static async Task<string> CreateVSwitchAsync(OperatorRpc rpc)
    {
        var zones = await rpc.CallAsync("DescribeZones", new Dictionary<string, string> { ["RegionId"] = Region });
        var zoneId = Text(zones.GetProperty("Zones").GetProperty("Zone")[0], "ZoneId");
        var vpc = await rpc.CallAsync("CreateVpc", new Dictionary<string, string> { ["RegionId"] = Region, ["CidrBlock"] = "10.0.0.0/16" });
        var vSwitch = await rpc.CallAsync("CreateVSwitch", new Dictionary<string, string>
        {
            ["RegionId"] = Region, ["VpcId"] = Text(vpc, "VpcId"), ["ZoneId"] = zoneId, ["CidrBlock"] = "10.0.1.0/24",
        });
        return Text(vSwitch, "VSwitchId");
    }

    public static Task<JsonElement> CreateHaVipAsync(OperatorRpc rpc, string vSwitchId) =>
        rpc.CallAsync("CreateHaVip", new Dictionary<string, string> { ["RegionId"] = Region, ["VSwitchId"] = vSwitchId });

    /// <summary>Signs in as the operator and opens a page of the console.</summary>
    public static async Task<IPage> OperatorPageAsync(IBrowserContext context, ServerFixture server, string path)
    {
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, server);
        await page.GotoAsync(path);
        await ConsolePages.WaitForPathAsync(page, path.Split('?')[0]);
        return page;
    }

    /// <summary>A name no other test (of this run or of another on the same server) has used.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static string Text(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"The answer has no {property}: {element}");
}
