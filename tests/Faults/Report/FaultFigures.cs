using System.Globalization;

namespace Ecommerce.Faults.Report;

/// <summary>One fault's row in the reliability table.</summary>
public sealed record FaultFigures(
    string Fault,
    int Placed,
    int Accepted,
    int Confirmed,
    IReadOnlyDictionary<string, int> CancelledByReason,
    int MailsSent,
    int MailDuplicates,
    int MailsMissing,
    int FulfilmentsMissing,
    int FulfilmentsTwice,
    int StartingStock,
    int OnHand,
    int Held,
    int DeadLetters,
    string DeadLetterNote,
    TimeSpan Duration)
{
    public string Cancelled => CancelledByReason.Count == 0
        ? "0"
        : string.Join(", ", CancelledByReason.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Value} {entry.Key}"));

    public string StockCheck => OnHand + Held == StartingStock && Held == Confirmed
        ? $"ok: {OnHand} + {Held} = {StartingStock}"
        : $"WRONG: {OnHand} on hand + {Held} held ≠ {StartingStock} (or held ≠ {Confirmed} confirmed)";

    public string ToRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Fault} | {Placed} | {Accepted} | {Confirmed} | {Cancelled} | {MailsSent} / {MailDuplicates} | {MailsMissing} | {FulfilmentsMissing} / {FulfilmentsTwice} | {StockCheck} | {DeadLetters}{(DeadLetterNote.Length == 0 ? "" : $" ({DeadLetterNote})")} | {Duration.TotalSeconds:0} s |");

    public const string Header =
        "| fault | placed | accepted | confirmed | cancelled (reason) | emails sent / twice | emails missing | fulfilments missing / twice | stock on hand + held = start | dead letters | took |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|";
}
