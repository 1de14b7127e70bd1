using System.Net.Http.Json;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>Operations' dead-letter API.</summary>
public sealed class OperationsClient(HttpClient http)
{
    /// <summary>The dead letters of one order that were going to <paramref name="topic"/>.</summary>
    public async Task<IReadOnlyList<DeadLetterView>> ForOrderAsync(string topic, Guid orderId, CancellationToken ct = default)
    {
        var page = await http.GetFromJsonAsync<DeadLetterPageView>($"/deadletters?topic={Uri.EscapeDataString(topic)}&pageSize=200", ct)
            ?? throw new InvalidOperationException("GET /deadletters answered null.");
        var found = new List<DeadLetterView>();
        foreach (var item in page.Items)
        {
            var details = await http.GetFromJsonAsync<DeadLetterView>($"/deadletters/{item.Id}", ct);
            if (details?.OrderId == orderId)
            {
                found.Add(details);
            }
        }

        return found;
    }

    public Task<HttpResponseMessage> ReplayAsync(Guid deadLetterId, CancellationToken ct = default) =>
        http.PostAsync($"/deadletters/{deadLetterId}/replay", content: null, ct);
}
