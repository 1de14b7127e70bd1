using System.Net.Http.Json;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>The SMTP sink's HTTP API: what was mailed, and the switch that makes it refuse mail.</summary>
public sealed class MailboxClient(HttpClient http)
{
    public async Task<IReadOnlyList<MailView>> ToAsync(string recipient, CancellationToken ct = default) =>
        await http.GetFromJsonAsync<List<MailView>>($"/messages?to={Uri.EscapeDataString(recipient)}", ct) ?? [];

    /// <summary>Waits for a mail to <paramref name="recipient"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public async Task<MailView> WaitForAsync(string recipient, string subjectPart, TimeSpan timeout, CancellationToken ct = default)
    {
        var mails = await Eventually.UntilAsync(
            token => ToAsync(recipient, token),
            seen => seen.Any(mail => mail.Subject.Contains(subjectPart, StringComparison.Ordinal)),
            timeout, $"a mail '{subjectPart}' to {recipient}", ct);
        return mails.First(mail => mail.Subject.Contains(subjectPart, StringComparison.Ordinal));
    }

    /// <summary>While on, the sink refuses every message with a transient 451 at the end of DATA.</summary>
    public async Task RejectMailAsync(bool on, CancellationToken ct = default)
    {
        using var response = on
            ? await http.PostAsync("/faults/reject", content: null, ct)
            : await http.DeleteAsync("/faults/reject", ct);
        response.EnsureSuccessStatusCode();
    }
}
