using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using OpenEip.Storage;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// The keys that sign console sessions and anti-forgery tokens, in one file of the data directory, private
/// (0600) like every file there, written whole to a temporary file and renamed, so a crash leaves the old
/// or the new set and never half of one. Sessions survive restarts because the keys do.
/// </summary>
internal sealed class ConsoleKeyFile(string path) : IXmlRepository
{
    private readonly Lock _lock = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_lock)
            return Load().Elements().ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_lock)
        {
            var keys = Load();
            keys.Add(new XElement(element));
            var temporary = path + ".tmp";
            FilePermissions.WritePrivateFile(temporary, keys.ToString());
            File.Move(temporary, path, overwrite: true);
        }
    }

    private XElement Load() => File.Exists(path) ? XElement.Load(path) : new XElement("keys");
}
