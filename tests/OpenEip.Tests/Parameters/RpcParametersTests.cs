using OpenEip.Rpc.Parameters;

namespace OpenEip.Tests.Parameters;

public sealed class RpcParametersTests
{
    [Fact]
    public void Parse_QueryAndForm_AreMerged()
    {
        var parsed = RpcParameters.Parse("Action=AllocateEipAddress&RegionId=cn-hangzhou", "Name=a%20b+c&Tag.1.Key=env");

        Assert.True(parsed.IsSuccess);
        Assert.Equal("a b c", parsed.Value["Name"]);
        Assert.Equal("cn-hangzhou", parsed.Value["RegionId"]);
        Assert.Equal("env", parsed.Value["Tag.1.Key"]);
    }

    [Fact]
    public void Parse_SameNameTwice_IsRefusedNamingIt()
    {
        var parsed = RpcParameters.Parse("RegionId=cn-hangzhou", "RegionId=cn-beijing");

        Assert.False(parsed.IsSuccess);
        Assert.Equal("InvalidParameter", parsed.Error.Code);
        Assert.Contains("RegionId", parsed.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Name=%FF%FE")]
    [InlineData("Name=%C3")]
    [InlineData("Name=%G1")]
    [InlineData("Name=abc%")]
    public void Parse_MalformedOrNonUtf8Escapes_AreRefused(string raw)
    {
        var parsed = RpcParameters.Parse(raw);

        Assert.False(parsed.IsSuccess);
        Assert.Equal("InvalidParameter", parsed.Error.Code);
    }

    [Fact]
    public void Parse_Utf8AndReservedCharacters_RoundTrip()
    {
        var parsed = RpcParameters.Parse("Name=" + PercentEncoding.Encode("测试 eip+/=&~(x)*!"));

        Assert.Equal("测试 eip+/=&~(x)*!", parsed.Value["Name"]);
    }

    [Fact]
    public void Encode_FollowsRfc3986()
    {
        Assert.Equal("a%20b%2A~%28%29%21-_.", PercentEncoding.Encode("a b*~()!-_."));
        Assert.Equal("%E6%B5%8B", PercentEncoding.Encode("测"));
    }
}
