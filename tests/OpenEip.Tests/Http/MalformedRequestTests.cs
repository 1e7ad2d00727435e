using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenEip.Tests.Http;

/// <summary>Bad input of every kind gets a 4xx Alibaba error, never a 500, and the server keeps serving.</summary>
public sealed class MalformedRequestTests(OpenEipFactory factory) : IClassFixture<OpenEipFactory>
{
    public static TheoryData<string> BadQueries => new()
    {
        "",
        "?",
        "?Action=DescribeEipAddresses",
        "?Signature=abc",
        "?Signature=abc&AccessKeyId=x&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=1&Timestamp=now&Action=A&Version=B",
        "?Name=%FF%FE&Signature=x",
        "?RegionId=a&RegionId=b&Signature=x",
        "?%=1",
        "?Signature=abc&SignatureMethod=MD5&AccessKeyId=x&SignatureVersion=1.0&SignatureNonce=1&Timestamp=2024-01-01T00:00:00Z&Action=A&Version=B",
        "?" + new string('A', 6000) + "=1",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task GarbageQuery_IsA4xxAlibabaError(string query)
    {
        using var response = await factory.CreateClient().GetAsync("/" + query);

        await AssertAlibabaClientErrorAsync(response);
    }

    [Theory]
    [InlineData("ACS3-HMAC-SHA256 garbage")]
    [InlineData("ACS3-HMAC-SHA256 Credential=,SignedHeaders=,Signature=")]
    [InlineData("ACS3-HMAC-SM3 Credential=a,SignedHeaders=host,Signature=b")]
    [InlineData("Basic eHl6")]
    [InlineData("ACS3-HMAC-SHA256 Credential=LTAIoperatortest0000000,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00")]
    [InlineData("ACS3-HMAC-SHA256 Credential=LTAInobody,SignedHeaders=host;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00")]
    [InlineData("ACS3-HMAC-SHA256 Credential=LTAInobody,SignedHeaders=host;x-acs-action;X-ACS-ACTION;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=00")]
    public async Task GarbageAuthorizationHeader_IsA4xxAlibabaError(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/?RegionId=cn-hangzhou");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.TryAddWithoutValidation("x-acs-action", "DescribeEipAddresses");
        request.Headers.TryAddWithoutValidation("x-acs-version", "2016-04-28");
        request.Headers.TryAddWithoutValidation("x-acs-date", "2026-01-01T00:00:00Z");
        request.Headers.TryAddWithoutValidation("x-acs-signature-nonce", "n");
        request.Headers.TryAddWithoutValidation("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

        using var response = await factory.CreateClient().SendAsync(request);

        await AssertAlibabaClientErrorAsync(response);
    }

    [Fact]
    public async Task HugeFormValue_IsRefusedClearly()
    {
        var client = factory.Operator();
        var signed = client.Sign("AllocateEipAddress", new Dictionary<string, string> { ["RegionId"] = "cn-hangzhou", ["Name"] = new string('x', 200_000) }, method: "POST");

        using var response = await client.Http.PostAsync("/", new StringContent(SignedClient.ToQuery(signed), Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertAlibabaClientErrorAsync(response);
    }

    [Fact]
    public async Task BodyOverOneMegabyte_IsRefusedClearly()
    {
        using var response = await factory.CreateClient().PostAsync("/", new ByteArrayContent(new byte[2 * 1024 * 1024]));

        await AssertAlibabaClientErrorAsync(response);
    }

    [Theory]
    [InlineData("PageSize", "abc")]
    [InlineData("PageSize", "101")]
    [InlineData("PageNumber", "99999999999999999999")]
    [InlineData("ChargeType", "Monthly")]
    [InlineData("Tag.0.Key", "x")]
    public async Task WrongTypeOrRange_IsInvalidParameterNamingIt(string name, string value)
    {
        var (status, body) = await factory.Operator().CallAsync("DescribeEipAddresses", new Dictionary<string, string> { ["RegionId"] = "cn-hangzhou", [name] = value });

        Assert.Equal(400, status);
        Assert.Equal("InvalidParameter", body.GetProperty("Code").GetString());
        Assert.Contains(name.Split('.')[0], body.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRequiredParameter_IsMissingParameterNamingIt()
    {
        var (status, body) = await factory.Operator().CallAsync("ReleaseEipAddress");

        Assert.Equal(400, status);
        Assert.Equal("MissingParameter", body.GetProperty("Code").GetString());
        Assert.Contains("AllocationId", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task XmlFormat_GetsXmlBodies()
    {
        var client = factory.Operator();
        var signed = client.Sign("DescribeEipAddresses", new Dictionary<string, string> { ["RegionId"] = "cn-hangzhou" });
        signed["Format"] = "XML";
        signed["Signature"] = OpenEip.Rpc.Signing.V1Signature.Sign(OpenEip.Rpc.Signing.V1Signature.StringToSign("GET", signed), OpenEipFactory.OperatorSecret);

        using var response = await client.Http.GetAsync("/?" + SignedClient.ToQuery(signed));
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DescribeEipAddressesResponse", xml.Root!.Name.LocalName);
        Assert.NotNull(xml.Root.Element("RequestId"));
    }

    private async Task AssertAlibabaClientErrorAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        Assert.InRange(status, 400, 499);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(body.GetProperty("RequestId").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("Code").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("Message").GetString()));
        using var health = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
