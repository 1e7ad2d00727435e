namespace OpenEip.Tests.DataPlane.Linux;

/// <summary>Gives each root test a <see cref="LinuxLab"/> that is cleaned up after it, pass or fail.</summary>
public abstract class LinuxLabTest : IAsyncLifetime
{
    internal LinuxLab Lab { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Lab.DisposeAsync();
}
