namespace OpenEip.Rpc.Signing;

/// <summary>Finds the secret of an AccessKeyId, so that a signature can be recomputed.</summary>
public interface ICredentialSource
{
    Task<CallerCredential?> FindAsync(string accessKeyId, CancellationToken cancellationToken);
}
