namespace OpenEip.Rpc.Responses;

public enum ResponseFormat
{
    Json,
    Xml,
}
