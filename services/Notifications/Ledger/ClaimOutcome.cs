namespace Ecommerce.Notifications.Ledger;

/// <summary>What claiming an (order, template) email found.</summary>
public enum ClaimOutcome
{
    /// <summary>This handler owns the email now and must send it.</summary>
    Claimed,

    /// <summary>The email went out before; nothing to send.</summary>
    AlreadySent,

    /// <summary>Another delivery of the event is sending it right now; try again later.</summary>
    InFlight,
}
