namespace OpenEip.Storage;

/// <summary>
/// Files that hold the service's state or keys are its own: folders 0700, files 0600, so that no other
/// local user can read AccessKeys, their sealing key or anything else. (No-ops where there are no Unix modes.)
/// </summary>
public static class FilePermissions
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and its parents) if missing; the folder itself is made 0700 either way.</summary>
    /// <returns>True when an existing folder's mode had to be tightened.</returns>
    public static bool CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return false;
        }

        if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path, OwnerOnlyDirectory);
            return false;
        }

        return Tighten(path, OwnerOnlyDirectory);
    }

    /// <summary>Makes an existing file 0600.</summary>
    /// <returns>True when its mode had to be tightened.</returns>
    public static bool MakePrivate(string path) => !OperatingSystem.IsWindows() && File.Exists(path) && Tighten(path, OwnerOnlyFile);

    /// <summary>Creates an empty file with mode 0600 if it does not exist (SQLite then gives its -wal and -shm files the same mode).</summary>
    public static void CreatePrivateFile(string path)
    {
        if (File.Exists(path))
            return;
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnlyFile;
        using var _ = new FileStream(path, options);
    }

    public static void WritePrivateFile(string path, string text, bool createNew = false)
    {
        var options = new FileStreamOptions { Mode = createNew ? FileMode.CreateNew : FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnlyFile;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(text);
        MakePrivate(path);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool Tighten(string path, UnixFileMode wanted)
    {
        var mode = File.GetUnixFileMode(path);
        if ((mode & ~wanted) == 0)
            return false;
        File.SetUnixFileMode(path, mode & wanted);
        return true;
    }
}
