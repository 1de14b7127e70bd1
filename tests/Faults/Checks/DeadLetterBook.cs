using System.Net.Http.Json;
using Ecommerce.EndToEnd.Clients;

namespace Ecommerce.Faults.Checks;

/// <summary>Operations' dead letters (its API, as an operator sees them), narrowed to the orders of one run.</summary>
public static class DeadLetterBook
{
    private const int PageSize = 200;

    public static async Task<IReadOnlySet<Guid>> IdsAsync(HttpClient operations, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        for (var page = 1; ; page++)
        {
            var found = await operations.GetFromJsonAsync<DeadLetterPageView>($"/deadletters?page={page}&pageSize={PageSize}", ct)
                ?? throw new InvalidOperationException("GET /deadletters answered null.");
            ids.UnionWith(found.Items.Select(item => item.Id));
            if (found.Items.Count < PageSize)
            {
                return ids;
            }
        }
    }

    /// <summary>Every dead letter that arrived since <paramref name="before"/>, with its payload (and so its order id).</summary>
    public static async Task<IReadOnlyList<DeadLetterView>> NewSinceAsync(HttpClient operations, IReadOnlySet<Guid> before, CancellationToken ct)
    {
        var found = new List<DeadLetterView>();
        foreach (var id in (await IdsAsync(operations, ct)).Except(before))
        {
            found.Add(await operations.GetFromJsonAsync<DeadLetterView>($"/deadletters/{id}", ct)
                ?? throw new InvalidOperationException($"GET /deadletters/{id} answered null."));
        }

        return found;
    }
}
