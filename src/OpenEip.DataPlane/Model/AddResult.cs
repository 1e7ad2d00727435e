namespace OpenEip.DataPlane.Model;

internal enum AddResult
{
    /// <summary>The fact was absent and is now present.</summary>
    Added,

    /// <summary>The same fact was present already; it now has one more owner.</summary>
    Referenced,

    /// <summary>Another fact holds the key: nothing changed.</summary>
    Conflict,
}
