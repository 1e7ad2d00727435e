using Microsoft.AspNetCore.Http;
using OpenEip.Rpc.Parameters;

namespace OpenEip.Rpc.Signing;

/// <summary>What signature checks need of an HTTP request: the query alone (V3 signs it), the merged parameters (V1 signs them), headers and body.</summary>
public sealed record IncomingRequest(
    string Method,
    string Path,
    IHeaderDictionary Headers,
    RpcParameters Query,
    RpcParameters Parameters,
    byte[] Body);
