namespace Ecommerce.Faults.Checks;

/// <summary>
/// The run's mail in the SMTP sink: how many arrived, how many were a second copy of one already there (same
/// subject: one order, one template), and which expected ones never came.
/// </summary>
public sealed record MailCount(int Sent, int Duplicates, IReadOnlyList<string> Missing);
