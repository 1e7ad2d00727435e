namespace OpenEip.Core.Ports;

/// <summary>Service-wide settings the operator changes at run time, by name.</summary>
public interface ISettingRecords
{
    Task<string?> FindAsync(string name);

    Task SetAsync(string name, string value);
}
