namespace OpenEip.Core.Ports;

/// <summary>Wakes the reconciler after a committed change to a binding, so that it need not poll for work.</summary>
public interface IReconcileSignal
{
    void Notify();
}
