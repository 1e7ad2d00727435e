using OpenEip.Cli.Common;
using OpenEip.Cli.Configuration;

namespace OpenEip.Tests.Cli;

/// <summary>The profiles file holds secrets: private from its first byte, written whole, read back as written.</summary>
public sealed class ConfigFileTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("openeip-cli-config-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void It_is_written_0600_in_a_0700_directory_and_leaves_no_temporary_file()
    {
        var file = new ConfigFile(Path.Combine(_home, ".openeip", "config.json"));

        file.Write(new Profiles().With(new Profile { Name = "a", Endpoint = "http://h:1", AccessKeyId = "id", AccessKeySecret = "secret" }));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file.Path)!));
        Assert.Equal(["config.json"], Directory.GetFiles(Path.GetDirectoryName(file.Path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Profiles_round_trip_and_deleting_the_current_one_falls_back_to_default()
    {
        var file = new ConfigFile(Path.Combine(_home, ".openeip", "config.json"));
        var profiles = new Profiles()
            .With(new Profile { Name = "a", Endpoint = "http://h:1", RegionId = "cn-beijing" })
            .With(new Profile { Name = "b", OutputFormat = "json" }) with { Current = "b" };

        file.Write(profiles);
        var read = file.Read();

        Assert.Equal("b", read.Current);
        Assert.Equal("cn-beijing", read.Find("a")!.RegionId);
        Assert.Equal("json", read.Find("b")!.OutputFormat);
        Assert.Equal(Profiles.DefaultName, read.Without("b").Current);
    }

    [Fact]
    public void A_missing_file_is_no_profiles_and_a_broken_one_is_a_usage_error_naming_it()
    {
        var file = new ConfigFile(Path.Combine(_home, "config.json"));
        Assert.Empty(file.Read().Items);

        File.WriteAllText(file.Path, "{ not json");
        var error = Assert.Throws<CliException>(file.Read);
        Assert.Contains(file.Path, error.Message, StringComparison.Ordinal);
    }
}
