using OpenEip.Rpc.Signing;
using OpenEip.Rpc.Throttling;

namespace OpenEip.Tests.Calls;

public sealed class RequestThrottleTests
{
    private static readonly RpcCaller Tenant = new("LTAIt", "1000000000000002", IsOperator: false);
    private static readonly RpcCaller Operator = new("LTAIo", "1000000000000001", IsOperator: true);

    private static ThrottlePolicy Policy(int allocateLimit) =>
        new(true, new Dictionary<string, int> { ["AllocateEipAddress"] = allocateLimit }, 1000);

    [Fact]
    public void Check_OverTheActionsLimit_IsThrottlingUserWithARetryDelay()
    {
        using var throttle = new RequestThrottle(Policy(2));

        Assert.Null(throttle.Check(Tenant, "AllocateEipAddress"));
        Assert.Null(throttle.Check(Tenant, "AllocateEipAddress"));
        var refused = throttle.Check(Tenant, "AllocateEipAddress");

        Assert.Equal("Throttling.User", refused?.Error.Code);
        Assert.True(refused!.Value.RetryAfter > TimeSpan.Zero);
    }

    [Fact]
    public void Check_EachAccountAndActionHasItsOwnBudget_AndTheOperatorNone()
    {
        using var throttle = new RequestThrottle(Policy(1));
        Assert.Null(throttle.Check(Tenant, "AllocateEipAddress"));

        Assert.Null(throttle.Check(Tenant, "DescribeEipAddresses"));
        Assert.Null(throttle.Check(new RpcCaller("LTAIx", "1000000000000003", false), "AllocateEipAddress"));
        for (var i = 0; i < 10; i++)
            Assert.Null(throttle.Check(Operator, "AllocateEipAddress"));
    }

    [Fact]
    public void Check_WhenOff_NeverThrottles()
    {
        using var throttle = new RequestThrottle(ThrottlePolicy.Off);
        for (var i = 0; i < 1000; i++)
            Assert.Null(throttle.Check(Tenant, "AssociateEipAddressBatch"));
    }

    [Fact]
    public void Policy_DefaultsToAlibabasPublishedLimits() =>
        Assert.Equal((120, 30, 600), (ThrottlePolicy.Off.LimitFor("AllocateEipAddress"), ThrottlePolicy.Off.LimitFor("AssociateEipAddressBatch"), ThrottlePolicy.Off.LimitFor("CreateVpc")));
}
