using OpenEip.Rpc.Signing;

namespace OpenEip.Tests.Signing;

/// <summary>The worked example of wire-protocol.md §2.3, recomputed by the SDK, Node and Python.</summary>
public sealed class V3SignatureTests
{
    private static readonly Dictionary<string, string> Query = new()
    {
        ["RegionId"] = "cn-hangzhou",
        ["AllocationId"] = "eip-123",
        ["InstanceId"] = "i-abc",
        ["InstanceType"] = "EcsInstance",
        ["Name"] = "a b*",
    };

    private static readonly List<KeyValuePair<string, string>> Headers =
    [
        new("host", "127.0.0.1:18080"),
        new("x-acs-action", "AssociateEipAddress"),
        new("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        new("x-acs-date", "2024-01-01T00:00:00Z"),
        new("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
        new("x-acs-version", "2016-04-28"),
    ];

    [Fact]
    public void CanonicalRequest_WorkedExample_MatchesTheSdk()
    {
        var canonical = V3Signature.CanonicalRequest("POST", "/", Query, Headers, V3Signature.HashPayload([]));

        Assert.Equal(
            "POST\n/\nAllocationId=eip-123&InstanceId=i-abc&InstanceType=EcsInstance&Name=a%20b%2A&RegionId=cn-hangzhou\n" +
            "host:127.0.0.1:18080\nx-acs-action:AssociateEipAddress\nx-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n" +
            "x-acs-date:2024-01-01T00:00:00Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2016-04-28\n\n" +
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" +
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            canonical);
    }

    [Fact]
    public void Sign_WorkedExample_GivesTheSdksSignature()
    {
        var stringToSign = V3Signature.StringToSign(V3Signature.CanonicalRequest("POST", "/", Query, Headers, V3Signature.HashPayload([])));

        Assert.Equal("ACS3-HMAC-SHA256\n0a70703b8be5f416484e311bf2a130801e5422cc6bb769c55d556591d5e26e0c", stringToSign);
        Assert.Equal("495b7729670cae1fac305dd94ed7cab72bcbbaf01c1f383697bd72a4ee4de377", V3Signature.Sign(stringToSign, "testsecret"));
    }

    [Fact]
    public void Sign_OtherSecretOrValue_GivesAnotherSignature()
    {
        var stringToSign = V3Signature.StringToSign(V3Signature.CanonicalRequest("POST", "/", Query, Headers, V3Signature.HashPayload([])));
        var altered = new Dictionary<string, string>(Query) { ["Name"] = "a b" };

        Assert.NotEqual("495b7729670cae1fac305dd94ed7cab72bcbbaf01c1f383697bd72a4ee4de377", V3Signature.Sign(stringToSign, "wrongsecret"));
        Assert.NotEqual(stringToSign, V3Signature.StringToSign(V3Signature.CanonicalRequest("POST", "/", altered, Headers, V3Signature.HashPayload([]))));
    }

    [Fact]
    public void CanonicalQuery_CapturedSdkRequest_MatchesTheServerSideRebuild()
    {
        var query = new Dictionary<string, string>
        {
            ["Bandwidth"] = "5",
            ["InstanceChargeType"] = "PostPaid",
            ["InternetChargeType"] = "PayByTraffic",
            ["Name"] = "my eip (test)*~!",
            ["RegionId"] = "cn-hangzhou",
            ["SecurityProtectionTypes.1"] = "AntiDDoS_Enhanced",
            ["Tag.1.Key"] = "env",
            ["Tag.1.Value"] = "dev",
        };

        Assert.Equal(
            "Bandwidth=5&InstanceChargeType=PostPaid&InternetChargeType=PayByTraffic&Name=my%20eip%20%28test%29%2A~%21&RegionId=cn-hangzhou&SecurityProtectionTypes.1=AntiDDoS_Enhanced&Tag.1.Key=env&Tag.1.Value=dev",
            V3Signature.CanonicalQuery(query));
    }
}
