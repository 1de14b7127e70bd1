namespace Ecommerce.SmtpSink;

/// <summary>Failure modes a test can turn on to see how senders behave when SMTP fails.</summary>
public sealed class FaultSwitch
{
    private volatile bool _rejectMail;
    private int _rejected;

    /// <summary>While true, every message is refused with a transient (4xx) reply at the end of DATA.</summary>
    public bool RejectMail
    {
        get => _rejectMail;
        set => _rejectMail = value;
    }

    /// <summary>How many messages were refused so far, for a test that waits for the first refusal.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    internal void CountRejected() => Interlocked.Increment(ref _rejected);
}
