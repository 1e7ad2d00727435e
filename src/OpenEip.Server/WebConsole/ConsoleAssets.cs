using Microsoft.Extensions.FileProviders;

namespace OpenEip.Server.WebConsole;

/// <summary>
/// The console's stylesheet and script, embedded in the server's assembly and served from
/// <c>/console/assets</c>: nothing to build, no CDN, and the same files whether the server runs from
/// its build folder, a publish folder or a container.
/// </summary>
internal static class ConsoleAssets
{
    public const string RequestPath = "/console/assets";

    public static IFileProvider Files() => new EmbeddedFileProvider(typeof(ConsoleAssets).Assembly, "OpenEip.Server.WebConsole.Assets");
}
