using OpenEip.Rpc.Signing;

namespace OpenEip.Tests.Signing;

/// <summary>The worked example of wire-protocol.md §2.4 (SDK getRPCSignature, Node and Python agree).</summary>
public sealed class V1SignatureTests
{
    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["AccessKeyId"] = "testid",
        ["Action"] = "AssociateEipAddress",
        ["AllocationId"] = "eip-123",
        ["Format"] = "json",
        ["InstanceId"] = "i-abc",
        ["InstanceType"] = "EcsInstance",
        ["Name"] = "a b*",
        ["RegionId"] = "cn-hangzhou",
        ["SignatureMethod"] = "HMAC-SHA1",
        ["SignatureNonce"] = "3156853299f313e23d1673dc12e1703d",
        ["SignatureVersion"] = "1.0",
        ["Timestamp"] = "2024-01-01T00:00:00Z",
        ["Version"] = "2016-04-28",
    };

    [Fact]
    public void StringToSign_WorkedExample_DoubleEncodesTheQuery()
    {
        Assert.Equal(
            "POST&%2F&AccessKeyId%3Dtestid%26Action%3DAssociateEipAddress%26AllocationId%3Deip-123%26Format%3Djson%26InstanceId%3Di-abc%26InstanceType%3DEcsInstance%26Name%3Da%2520b%252A%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3156853299f313e23d1673dc12e1703d%26SignatureVersion%3D1.0%26Timestamp%3D2024-01-01T00%253A00%253A00Z%26Version%3D2016-04-28",
            V1Signature.StringToSign("POST", Parameters));
    }

    [Theory]
    [InlineData("POST", "okw5M8mFZb9SsHaf3AEPwrRaAYw=")]
    [InlineData("GET", "9GWYm69PJw7JMMy+KiwPZpHaA2k=")]
    public void Sign_WorkedExample_GivesTheSdksSignature(string method, string expected)
    {
        Assert.Equal(expected, V1Signature.Sign(V1Signature.StringToSign(method, Parameters), "testsecret"));
    }

    [Fact]
    public void StringToSign_IgnoresTheSignatureParameterItself()
    {
        var withSignature = new Dictionary<string, string>(Parameters) { ["Signature"] = "whatever" };

        Assert.Equal(V1Signature.StringToSign("POST", Parameters), V1Signature.StringToSign("POST", withSignature));
    }
}
