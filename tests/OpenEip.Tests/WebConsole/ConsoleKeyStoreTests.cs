using System.Xml.Linq;
using OpenEip.Server.WebConsole;
using OpenEip.Storage.Secrets;
using OpenEip.Tests.UseCases;

namespace OpenEip.Tests.WebConsole;

/// <summary>The console's session keys in the store: shared by every server of the database, sealed, taken over from the old file.</summary>
public sealed class ConsoleKeyStoreTests : IDisposable
{
    private readonly EipTestBed _bed = new(poolSize: 1);
    private readonly SecretProtector _secrets = SecretProtector.Ephemeral();
    private readonly string _legacyFile = Path.Combine(Path.GetTempPath(), $"openeip-console-keys-{Guid.NewGuid():N}.xml");

    private ConsoleKeyStore NewServer() => new(_bed.Store, _secrets, _legacyFile);

    private static XElement Key(string id) => new("key", new XAttribute("id", id), new XElement("secret", $"material-{id}"));

    [Fact]
    public void A_key_stored_by_one_server_is_read_by_another_over_the_same_database()
    {
        NewServer().StoreElement(Key("a"), "key-a");
        NewServer().StoreElement(Key("b"), "key-b");

        var ids = NewServer().GetAllElements().Select(e => (string?)e.Attribute("id"));

        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public async Task The_keys_are_sealed_in_the_store()
    {
        NewServer().StoreElement(Key("a"), "key-a");

        var stored = await _bed.Store.ReadAsync(s => s.Settings.FindAsync(ConsoleKeyStore.Setting), CancellationToken.None);

        Assert.NotNull(stored);
        Assert.True(SecretProtector.IsSealed(stored));
        Assert.DoesNotContain("material-a", stored);
    }

    [Fact]
    public void Keys_of_the_old_file_are_taken_over_once_and_the_file_removed()
    {
        File.WriteAllText(_legacyFile, new XElement("keys", Key("old")).ToString());

        var first = NewServer().GetAllElements().Select(e => (string?)e.Attribute("id")).ToList();
        NewServer().StoreElement(Key("new"), "key-new");

        Assert.Equal(["old"], first);
        Assert.False(File.Exists(_legacyFile));
        Assert.Equal(["old", "new"], NewServer().GetAllElements().Select(e => (string?)e.Attribute("id")));
    }

    public void Dispose()
    {
        _bed.Dispose();
        File.Delete(_legacyFile);
    }
}
