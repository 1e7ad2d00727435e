using System.Net;

namespace OpenEip.Tests.Http;

/// <summary>/healthz and /readyz on a started server with a healthy store (the full-disk cases are in the conformance suite).</summary>
public sealed class HealthEndpointTests(OpenEipFactory factory) : IClassFixture<OpenEipFactory>
{
    [Theory]
    [InlineData("/healthz", "ok")]
    [InlineData("/readyz", "ready")]
    public async Task A_started_server_with_a_writable_store_is_alive_and_ready(string path, string expected)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_needs_no_signature_and_is_not_an_api_action()
    {
        using var response = await factory.CreateClient().GetAsync("/readyz?Action=DescribeRegions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
    }
}
