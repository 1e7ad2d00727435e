namespace OpenEip.BrowserTests;

/// <summary>The repository: the folder holding OpenEip.slnx, found by walking up from the test's output folder.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> s_location = new(Find);

    public static string Location => s_location.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenEip.slnx")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds OpenEip.slnx.");
    }
}
