using Ecommerce.EndToEnd;
using Ecommerce.EndToEnd.Clients;

namespace Ecommerce.Faults.Checks;

/// <summary>
/// What the customers of a run received: a confirmation per Confirmed order, a cancellation notice per Cancelled one,
/// and nothing twice (the subject names the order and the template).
/// </summary>
public static class Mailroom
{
    public static IReadOnlyList<string> ExpectedSubjects(IEnumerable<OrderOutcome> orders) =>
        [.. orders.Select(order => order.Status == "Cancelled"
            ? $"Order {order.OrderId} was cancelled"
            : $"Order {order.OrderId} is confirmed")];

    /// <param name="earlier">Mail an earlier SMTP sink received (its mailbox is in memory: a restart empties it).</param>
    public static async Task<MailCount> CountAsync(
        MailboxClient mailbox, IReadOnlyList<MailView> earlier, IReadOnlyList<string> customers, IReadOnlyList<string> expected, CancellationToken ct)
    {
        var subjects = earlier.Where(mail => mail.To.Any(to => customers.Contains(to, StringComparer.OrdinalIgnoreCase)))
            .Select(mail => mail.Subject).ToList();
        foreach (var customer in customers)
        {
            subjects.AddRange((await mailbox.ToAsync(customer, ct)).Select(mail => mail.Subject));
        }

        var duplicates = subjects.GroupBy(subject => subject, StringComparer.Ordinal).Sum(group => group.Count() - 1);
        var received = subjects.ToHashSet(StringComparer.Ordinal);
        return new MailCount(subjects.Count, duplicates, [.. expected.Where(subject => !received.Contains(subject))]);
    }

    /// <summary>Waits until every expected mail arrived (or the timeout passes: then what is missing is reported).</summary>
    public static async Task<MailCount> WaitForAllAsync(
        MailboxClient mailbox, IReadOnlyList<MailView> earlier, IReadOnlyList<string> customers, IReadOnlyList<string> expected, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            return await Eventually.UntilAsync(
                token => Transient.RetryAsync(t => CountAsync(mailbox, earlier, customers, expected, t), token), count => count.Missing.Count == 0, timeout,
                "every confirmation and cancellation mail", ct);
        }
        catch (TimeoutException)
        {
            return await CountAsync(mailbox, earlier, customers, expected, ct);
        }
    }
}
