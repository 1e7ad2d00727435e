using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenEip.Tests.Http;

/// <summary>The real application in process, on its own temporary data directory, with a known operator key.</summary>
public sealed class OpenEipFactory : WebApplicationFactory<Program>
{
    public const string OperatorKeyId = "LTAIoperatortest0000000";
    public const string OperatorSecret = "operator-secret-for-tests";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("openeip-http-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenEip:DataDir", _dataDir);
        builder.UseSetting("OpenEip:Bootstrap:AccessKeyId", OperatorKeyId);
        builder.UseSetting("OpenEip:Bootstrap:AccessKeySecret", OperatorSecret);
        builder.UseSetting("OpenEip:AddressPools:cn-hangzhou:0", "203.0.113.0/26");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public SignedClient Operator() => new(CreateClient(), OperatorKeyId, OperatorSecret);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(_dataDir))
            Directory.Delete(_dataDir, recursive: true);
    }
}
