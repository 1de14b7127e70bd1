using Ecommerce.EndToEnd;
using Npgsql;

namespace Ecommerce.Faults.Checks;

/// <summary>
/// The run's orders as Ordering stored them, found by the run's customers rather than by the 202s: an order stored
/// just before Ordering died, whose answer never came, is accepted all the same and must end like any other.
/// Confirmed counts as final here: the run ships nothing, so a confirmed order waits for the operator from then on.
/// </summary>
public static class OrderBook
{
    public static async Task<IReadOnlyList<OrderOutcome>> ReadAsync(string orderingConnection, IReadOnlyList<string> customers, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(orderingConnection);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT id, customer_email, status, cancellation_reason FROM orders WHERE lower(customer_email) = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = customers.Select(email => email.ToLowerInvariant()).ToArray() });
        var outcomes = new List<OrderOutcome>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            outcomes.Add(new OrderOutcome(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return outcomes;
    }

    /// <summary>Waits until every order of the run is final; returns them all, or fails naming those still open.</summary>
    public static Task<IReadOnlyList<OrderOutcome>> WaitUntilFinalAsync(
        string orderingConnection, IReadOnlyList<string> customers, TimeSpan timeout, CancellationToken ct) =>
        Eventually.UntilAsync(
            token => Transient.RetryAsync(t => ReadAsync(orderingConnection, customers, t), token),
            orders => orders.All(order => order.IsFinal),
            timeout, "every order of the run to be Confirmed or Cancelled", ct);
}
