using OpenEip.Core.Errors;

namespace OpenEip.Server.WebConsole;

/// <summary>How an API error reads in the console: the API's message with its code, as the API reports it.</summary>
public static class ConsoleErrors
{
    public static string Describe(Error error) => $"{error.Message} ({error.Code})";
}
