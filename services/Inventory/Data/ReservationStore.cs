using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Npgsql;

namespace Ecommerce.Inventory.Data;

/// <summary>
/// Reserves, releases and commits an order's stock. Each call is one transaction that first takes a per-order
/// advisory lock, so the three events of one order apply one at a time in whatever order they arrive, and the stored
/// outcome makes every call idempotent. Product rows are always updated in product id order, so concurrent orders
/// sharing products cannot deadlock.
/// </summary>
public sealed class ReservationStore(NpgsqlDataSource dataSource)
{
    private const string LinesSavepoint = "lines";

    public async Task<ReservationDecision> ReserveAsync(OrderPlaced order, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var db = new OrderTransaction(connection, transaction, order.OrderId, cancellationToken);

        if (await db.LockOrderAsync() is { } stored)
        {
            var lines = stored.Status == ReservationStatus.Reserved ? await db.ReservedLinesAsync() : [];
            await transaction.CommitAsync(cancellationToken);
            return stored.ToDecision(order.OrderId, lines);
        }

        // Quantities are summed per product (an order may name a product twice) as long: a sum beyond int can
        // never be in stock, and the conditional update simply finds it short.
        var wanted = order.Lines
            .GroupBy(line => line.ProductId, StringComparer.Ordinal)
            .Select(group => (ProductId: group.Key, Quantity: group.Sum(line => (long)line.Quantity)))
            .OrderBy(line => line.ProductId, StringComparer.Ordinal)
            .ToList();

        var catalog = await db.CatalogAsync(wanted.Select(line => line.ProductId).ToArray());
        var unknown = wanted.Where(line => !catalog.ContainsKey(line.ProductId)).Select(line => line.ProductId).ToList();
        if (unknown.Count > 0)
        {
            return await RejectAsync(db, transaction, CancellationReasons.UnknownProduct,
                $"Unknown product: {string.Join(", ", unknown)}.");
        }

        await transaction.SaveAsync(LinesSavepoint, cancellationToken);
        foreach (var (productId, quantity) in wanted)
        {
            if (!await db.TakeStockAsync(productId, quantity))
            {
                // All or nothing: give back the lines already taken before recording the rejection.
                await transaction.RollbackAsync(LinesSavepoint, cancellationToken);
                var available = await db.StockOnHandAsync(productId);
                return await RejectAsync(db, transaction, CancellationReasons.InsufficientStock,
                    $"Not enough stock of {productId}: {quantity} requested, {available} available.");
            }
        }

        var priced = wanted
            .Select(line => new PricedLine(line.ProductId, catalog[line.ProductId].Name, (int)line.Quantity, catalog[line.ProductId].Price))
            .ToList();
        var decidedAt = await db.RecordOutcomeAsync(ReservationStatus.Reserved, reason: null, detail: null);
        await db.InsertReservationsAsync(priced);
        await transaction.CommitAsync(cancellationToken);
        return new ReservationDecision(order.OrderId, ReservationStatus.Reserved, null, null, priced, decidedAt, Replayed: false);
    }

    public async Task<ReleaseOutcome> ReleaseAsync(Guid orderId, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var db = new OrderTransaction(connection, transaction, orderId, cancellationToken);

        var stored = await db.LockOrderAsync();
        var outcome = stored?.Status switch
        {
            null => await TombstoneAsync(db, reason),
            ReservationStatus.Reserved => await GiveBackAsync(db, reason),
            _ => ReleaseOutcome.NothingHeld,
        };
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    public async Task<CommitOutcome> CommitAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var db = new OrderTransaction(connection, transaction, orderId, cancellationToken);

        var stored = await db.LockOrderAsync();
        var outcome = stored?.Status switch
        {
            null => CommitOutcome.UnknownOrder,
            ReservationStatus.Committed => CommitOutcome.AlreadyCommitted,
            ReservationStatus.Reserved => CommitOutcome.Committed,
            _ => CommitOutcome.NotHeld,
        };
        if (outcome == CommitOutcome.Committed)
        {
            // Shipped units stay out of stock_on_hand: only the bookkeeping moves.
            await db.MoveHeldLinesAsync(ReservationStatus.Committed, reason: null);
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task<ReservationDecision> RejectAsync(
        OrderTransaction db, NpgsqlTransaction transaction, string reason, string detail)
    {
        var decidedAt = await db.RecordOutcomeAsync(ReservationStatus.Rejected, reason, detail);
        await transaction.CommitAsync(db.CancellationToken);
        return new ReservationDecision(db.OrderId, ReservationStatus.Rejected, reason, detail, [], decidedAt, Replayed: false);
    }

    private static async Task<ReleaseOutcome> TombstoneAsync(OrderTransaction db, string reason)
    {
        await db.RecordOutcomeAsync(ReservationStatus.Released, reason, detail: "Released before the order was seen.");
        return ReleaseOutcome.Tombstoned;
    }

    private static async Task<ReleaseOutcome> GiveBackAsync(OrderTransaction db, string reason)
    {
        var held = await db.MoveHeldLinesAsync(ReservationStatus.Released, reason);
        foreach (var (productId, quantity) in held.OrderBy(line => line.ProductId, StringComparer.Ordinal))
        {
            await db.ReturnStockAsync(productId, quantity);
        }

        return ReleaseOutcome.Released;
    }
}
