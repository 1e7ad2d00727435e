using System.Text.Json;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Configuration;

/// <summary>
/// <c>~/.openeip/config.json</c>: read leniently, written whole. It holds AccessKey secrets, so the directory is
/// created 0700 and the file 0600 (as <c>~/.aliyun/config.json</c>), written to a private temporary file and
/// renamed over the old one, so a crash never leaves half a file or a moment of wider permissions.
/// </summary>
public sealed class ConfigFile(string path)
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    public string Path { get; } = path;

    /// <summary>The file in the user's home directory (<c>HOME</c>, as the shell sees it).</summary>
    public static ConfigFile ForCurrentUser()
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home))
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new ConfigFile(System.IO.Path.Combine(home, ".openeip", "config.json"));
    }

    public Profiles Read()
    {
        if (!File.Exists(Path))
            return new Profiles();
        try
        {
            return JsonSerializer.Deserialize<Profiles>(File.ReadAllText(Path)) ?? new Profiles();
        }
        catch (JsonException e)
        {
            throw new CliException($"{Path} is not a valid configuration file ({e.Message}); fix or delete it, then run `openeip configure`.");
        }
    }

    public void Write(Profiles profiles)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(directory);
        else
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var temporary = Path + ".tmp-" + Environment.ProcessId;
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, profiles, s_json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
