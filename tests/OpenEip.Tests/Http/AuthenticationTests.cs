namespace OpenEip.Tests.Http;

/// <summary>Signature, replay and account checks through the real pipeline.</summary>
public sealed class AuthenticationTests(OpenEipFactory factory) : IClassFixture<OpenEipFactory>
{
    private static readonly Dictionary<string, string> Describe = new() { ["RegionId"] = "cn-hangzhou" };

    [Fact]
    public async Task SignedRequest_IsAnswered()
    {
        var (status, body) = await factory.Operator().CallAsync("DescribeEipAddresses", Describe);

        Assert.Equal(200, status);
        Assert.Equal(0, body.GetProperty("TotalCount").GetInt32());
        Assert.False(body.TryGetProperty("Code", out _));
    }

    [Fact]
    public async Task ReplayedNonce_IsRefused()
    {
        var client = factory.Operator();
        var signed = client.Sign("DescribeEipAddresses", Describe);

        var first = await client.GetAsync(signed);
        var replay = await client.GetAsync(signed);

        Assert.Equal(200, first.Status);
        Assert.Equal(400, replay.Status);
        Assert.Equal("SignatureNonceUsed", replay.Body.GetProperty("Code").GetString());
    }

    [Theory]
    [InlineData(-20)]
    [InlineData(20)]
    public async Task TimestampOutsideFifteenMinutes_IsExpired(int minutes)
    {
        var client = factory.Operator();
        var (status, body) = await client.GetAsync(client.Sign("DescribeEipAddresses", Describe, timestamp: DateTimeOffset.UtcNow.AddMinutes(minutes)));

        Assert.Equal(400, status);
        Assert.Equal("InvalidTimeStamp.Expired", body.GetProperty("Code").GetString());
    }

    [Fact]
    public async Task WrongSecret_IsSignatureDoesNotMatch()
    {
        var client = factory.Operator();
        var (status, body) = await client.GetAsync(client.Sign("DescribeEipAddresses", Describe, signWith: "not-the-secret"));

        Assert.Equal(400, status);
        Assert.Equal("SignatureDoesNotMatch", body.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("RequestId").GetString()));
    }

    [Fact]
    public async Task UnknownAccessKey_IsNotFound()
    {
        var stranger = new SignedClient(factory.CreateClient(), "LTAInobodyhasthiskey000", "x");
        var (status, body) = await stranger.CallAsync("DescribeEipAddresses", Describe);

        Assert.Equal(404, status);
        Assert.Equal("InvalidAccessKeyId.NotFound", body.GetProperty("Code").GetString());
    }

    [Fact]
    public async Task TenantCallingTheOperatorApi_IsForbidden()
    {
        var (_, created) = await factory.Operator().CallAsync("CreateAccount", new Dictionary<string, string> { ["AccountName"] = "tenant" }, "2026-11-25");
        var tenant = new SignedClient(factory.CreateClient(), created.GetProperty("AccessKeyId").GetString()!, created.GetProperty("AccessKeySecret").GetString()!);

        var (status, body) = await tenant.CallAsync("CreateAccount", null, "2026-11-25");

        Assert.Equal(403, status);
        Assert.Equal("Forbidden.NotOperator", body.GetProperty("Code").GetString());
    }

    [Fact]
    public async Task UnknownActionAndVersion_AreAlibabaErrors()
    {
        var client = factory.Operator();

        var action = await client.CallAsync("NoSuchAction", Describe);
        var version = await client.CallAsync("DescribeEipAddresses", Describe, "2099-01-01");

        Assert.Equal((404, "InvalidAction.NotFound"), (action.Status, action.Body.GetProperty("Code").GetString()));
        Assert.Equal((400, "InvalidVersion"), (version.Status, version.Body.GetProperty("Code").GetString()));
    }
}
