namespace OpenEip.BrowserTests;

/// <summary>The browser tests share one server process and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Console";
}
