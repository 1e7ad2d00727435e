namespace OpenEip.Core.Compute;

/// <summary>The last power operation on an instance; with its start time it determines the status at any moment.</summary>
public enum PowerTransition
{
    /// <summary>RunInstances: Pending, then Starting, then Running.</summary>
    Launch,

    /// <summary>CreateInstance: Pending, then Stopped.</summary>
    Create,

    Start,
    Stop,

    /// <summary>Stopping, then Starting, then Running.</summary>
    Reboot,
}
