using System.Xml.Linq;
using OpenEip.Server.WebConsole;

namespace OpenEip.Tests.WebConsole;

/// <summary>The console's session keys: kept across restarts, in one private file.</summary>
public sealed class ConsoleKeyFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("openeip-keys-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void StoredKeys_AreReadBackByANewInstance_FromAFileOnlyItsOwnerCanRead()
    {
        var path = Path.Combine(_dir, "console-keys.xml");
        new ConsoleKeyFile(path).StoreElement(new XElement("key", new XAttribute("id", "a")), "a");
        new ConsoleKeyFile(path).StoreElement(new XElement("key", new XAttribute("id", "b")), "b");

        var keys = new ConsoleKeyFile(path).GetAllElements();

        Assert.Equal(["a", "b"], keys.Select(k => (string?)k.Attribute("id")));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(["console-keys.xml"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void WithoutAFile_ThereAreNoKeys() => Assert.Empty(new ConsoleKeyFile(Path.Combine(_dir, "none.xml")).GetAllElements());
}
