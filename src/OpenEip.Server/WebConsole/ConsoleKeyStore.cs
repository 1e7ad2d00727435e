using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;
using OpenEip.Storage.Secrets;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// The keys that sign console sessions and anti-forgery tokens, kept in the store (one setting, sealed with
/// the secrets key like AccessKey secrets), so that every server of an installation signs and reads the same
/// sessions: a session opened on one server is valid on the others, and survives restarts. Adding a key is one
/// store write that reads the set and writes it back, serialized with every other writer, so two servers
/// adding keys at once keep both. Keys that an older version kept in <c>console-keys.xml</c> are taken over
/// once, then that file is removed.
/// </summary>
internal sealed class ConsoleKeyStore(IStore store, SecretProtector secrets, string legacyFile) : IXmlRepository
{
    public const string Setting = "console-data-protection-keys";
    private const string SealContext = "console-keys";

    // Data Protection's repository interface is synchronous; it is called when the key ring is (re)loaded,
    // at the first session and about once a day after, never per request.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        TakeOverLegacyFile();
        return store.ReadAsync(async session => Parse(await session.Settings.FindAsync(Setting)), CancellationToken.None)
            .GetAwaiter().GetResult().Elements().ToList();
    }

    public void StoreElement(XElement element, string friendlyName) => Add([element]);

    private void Add(IReadOnlyCollection<XElement> elements) =>
        store.WriteAsync<Unit>(null, async session =>
        {
            var keys = Parse(await session.Settings.FindAsync(Setting));
            var known = keys.Elements().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToHashSet();
            foreach (var element in elements.Where(e => (string?)e.Attribute("id") is not { } id || !known.Contains(id)))
                keys.Add(new XElement(element));
            await session.Settings.SetAsync(Setting, secrets.Seal(keys.ToString(SaveOptions.DisableFormatting), SealContext));
            return Unit.Value;
        }, CancellationToken.None).GetAwaiter().GetResult();

    private void TakeOverLegacyFile()
    {
        if (!File.Exists(legacyFile))
            return;
        Add(XElement.Load(legacyFile).Elements().ToList());
        File.Delete(legacyFile);
    }

    private XElement Parse(string? stored) =>
        stored is null ? new XElement("keys") : XElement.Parse(secrets.Unseal(stored, SealContext));
}
