using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenEip.Tests.Stores;

namespace OpenEip.Tests.Http;

/// <summary>The real application in process, on its own temporary data directory, with a known operator key.</summary>
public sealed class OpenEipFactory : WebApplicationFactory<Program>
{
    public const string OperatorKeyId = "LTAIoperatortest0000000";
    public const string OperatorSecret = "operator-secret-for-tests";

    private readonly TestStore _store = TestStore.Create("openeip-http-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _store.ServerSettings())
            builder.UseSetting(key, value);
        builder.UseSetting("OpenEip:Bootstrap:AccessKeyId", OperatorKeyId);
        builder.UseSetting("OpenEip:Bootstrap:AccessKeySecret", OperatorSecret);
        builder.UseSetting("OpenEip:AddressPools:cn-hangzhou:0", "203.0.113.0/26");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public SignedClient Operator() => new(CreateClient(), OperatorKeyId, OperatorSecret);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _store.Dispose();
    }
}
