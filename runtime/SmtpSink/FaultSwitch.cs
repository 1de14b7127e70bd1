namespace Ecommerce.SmtpSink;

/// <summary>Failure modes a test can turn on to see how senders behave when SMTP fails.</summary>
public sealed class FaultSwitch
{
    private volatile bool _rejectMail;

    /// <summary>While true, every message is refused with a transient (4xx) reply at the end of DATA.</summary>
    public bool RejectMail
    {
        get => _rejectMail;
        set => _rejectMail = value;
    }
}
