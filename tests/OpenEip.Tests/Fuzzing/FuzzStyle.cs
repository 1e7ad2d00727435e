namespace OpenEip.Tests.Fuzzing;

public enum FuzzStyle
{
    V1Query,
    V1Form,
    V3,
}
