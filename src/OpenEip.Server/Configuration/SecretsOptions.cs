namespace OpenEip.Server.Configuration;

/// <summary>The <c>OpenEip:Secrets</c> section: where the key that seals AccessKey secrets is kept.</summary>
public sealed class SecretsOptions
{
    /// <summary>
    /// The key file (created 0600 if missing). Defaults to <c>secrets.key</c> in the data directory;
    /// put it elsewhere (a secrets mount, another disk) so that a copy of the data directory holds no usable secret.
    /// </summary>
    public string? KeyFile { get; set; }
}
