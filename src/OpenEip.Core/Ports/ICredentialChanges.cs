namespace OpenEip.Core.Ports;

/// <summary>
/// How many changes to AccessKeys this server knows of: those its own writes committed and, with several servers on
/// one database, those it heard of from the others. A credential cache keeps an entry only while this number is the
/// one it read before loading the entry, so a deleted key stops working at the next call after the change is known.
/// </summary>
public interface ICredentialChanges
{
    long Version { get; }
}
