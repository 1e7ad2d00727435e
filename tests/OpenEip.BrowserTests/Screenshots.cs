namespace OpenEip.BrowserTests;

/// <summary>Where screenshots go: $OPENEIP_SCREENSHOTS, else TestResults/screenshots under the repository.</summary>
public static class Screenshots
{
    public static string PathFor(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable("OPENEIP_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepoRoot.Location, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
