using System.Diagnostics;
using Ecommerce.EndToEnd;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.Faults.Checks;
using Ecommerce.Faults.Hosting;
using Ecommerce.Faults.Injection;
using Ecommerce.Faults.Load;
using Ecommerce.Faults.Report;
using Xunit.Abstractions;

namespace Ecommerce.Faults;

/// <summary>
/// A fault as a scenario: orders at a steady rate (5 a second), the fault injected <see cref="FaultAt"/> in, held and
/// ended, orders for <see cref="PlaceAfter"/> more once it is over; then every order must reach a final state and the run is checked as a
/// customer and an operator would: every accepted order Confirmed (or Cancelled for a reason the fault explains),
/// no mail twice and none missing, Inventory's units all accounted for (on hand + held by Confirmed orders = the
/// starting stock), and every dead letter explained.
/// </summary>
public static class FaultRun
{
    public static readonly TimeSpan Hold = TimeSpan.FromSeconds(10);
    private const double Rate = 5;
    private const int Customers = 10;
    private const int StartingStock = 1000;
    private static readonly TimeSpan FaultAt = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PlaceAfter = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(3);

    public static async Task<FaultFigures> RunAsync(FaultShop shop, FaultPlan fault, ITestOutputHelper output)
    {
        using var run = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var ct = run.Token;
        var clock = Stopwatch.StartNew();
        var product = await Transient.RetryAsync(token => shop.Catalog.CreateProductAsync(StartingStock, ct: token), ct);
        var customers = Enumerable.Range(0, Customers).Select(_ => EndToEnd.Customers.NewEmail("fault")).ToList();
        foreach (var customer in customers)
        {
            await Transient.RetryAsync(token => shop.Identity.CustomerTokenAsync(customer, token), ct);
        }

        var deadLettersBefore = await Transient.RetryAsync(token => DeadLetterBook.IdsAsync(shop.OperationsHttp, token), ct);

        var faulting = InjectAfterAsync(shop, fault, ct);
        var placements = await new OrderStream(shop, product, customers).PlaceAsync(Rate, faulting, PlaceAfter, ct);
        await faulting;
        await ProcessFaults.WaitUntilAllHealthyAsync(shop.App, ct);
        var acceptedBy = shop.OrderingReplicas.ToDictionary(replica => replica, replica => placements.Count(p => p.Accepted && p.Entrance == replica));
        var spread = string.Join(", ", acceptedBy.Select(by => $"{by.Key} {by.Value}"));
        output.WriteLine($"{fault.Name}: fault over after {clock.Elapsed.TotalSeconds:0} s; {placements.Count(p => p.Accepted)} of {placements.Count} answered 202 "
            + $"(others: {string.Join(", ", placements.Where(p => !p.Accepted).GroupBy(p => p.Outcome).Select(g => $"{g.Count()}× {g.Key}"))})"
            + (acceptedBy.Count > 1 ? $"; 202s by Ordering replica: {spread}" : ""));

        var orders = await OrderBook.WaitUntilFinalAsync(shop.App.ConnectionString("ordering"), customers, shop.ReservationTimeout + Settle, ct);
        var confirmed = orders.Count(order => order.Status == "Confirmed");
        var stock = await BalancedStockAsync(shop, product, confirmed, ct);

        var deadLetters = await Transient.RetryAsync(token => DeadLetterBook.NewSinceAsync(shop.OperationsHttp, deadLettersBefore, token), ct);
        var orderIds = orders.Select(order => order.OrderId).ToHashSet();
        var ours = deadLetters.Where(letter => letter.OrderId is { } id && orderIds.Contains(id)).ToList();
        foreach (var letter in ours.Where(letter => fault.ExplainedDeadLetterTopics.Contains(letter.OriginalTopic)))
        {
            // What the operator does once the fault is over: replay; the mail must then go out exactly once.
            using var replay = await shop.Operations.ReplayAsync(letter.Id, ct);
            Assert.True(replay.IsSuccessStatusCode, $"Replaying dead letter {letter.Id} answered {(int)replay.StatusCode}");
        }

        var expectedMail = Mailroom.ExpectedSubjects(orders);
        var mail = await Mailroom.WaitForAllAsync(shop.Mailbox, shop.MailBeforeRestart, customers, expectedMail, fault.BrokerLosesEvents ? Waits.Step : 2 * Waits.Step, ct);

        var fulfilments = await Warehouse.WaitForFulfilmentsAsync(
            shop.Fulfillment, [.. orders.Where(order => order.Status == "Confirmed").Select(order => order.OrderId)],
            fault.BrokerLosesEvents ? Waits.Step : 2 * Waits.Step, ct);

        var figures = new FaultFigures(
            fault.Name,
            placements.Count,
            orders.Count,
            confirmed,
            orders.Where(order => order.Status == "Cancelled").GroupBy(order => order.CancellationReason ?? "none").ToDictionary(g => g.Key, g => g.Count()),
            mail.Sent,
            mail.Duplicates,
            mail.Missing.Count,
            fulfilments.Missing,
            fulfilments.Duplicated,
            StartingStock,
            stock.OnHand,
            stock.Held,
            ours.Count,
            DeadLetterNote(ours, fault, deadLetters.Count - ours.Count),
            clock.Elapsed);
        ReliabilityReport.Add(figures, output);

        AssertOutcome(fault, placements, orders, figures, mail, ours);
        // With replicas, the orders must have come in through each of them, or the run showed nothing about them.
        Assert.True(acceptedBy.Count == 1 || acceptedBy.Values.All(count => count > 0), $"Not every Ordering replica accepted orders: {spread}");
        return figures;
    }

    private static async Task InjectAfterAsync(FaultShop shop, FaultPlan fault, CancellationToken ct)
    {
        await Task.Delay(FaultAt, ct);
        await fault.InjectAsync(shop, ct);
    }

    /// <summary>Inventory's count once it balances (releases of cancelled orders land a little after the cancel), or as it stays.</summary>
    private static async Task<StockCount> BalancedStockAsync(FaultShop shop, string product, int confirmed, CancellationToken ct)
    {
        var inventory = shop.App.ConnectionString("inventory");
        try
        {
            return await Eventually.UntilAsync(
                token => Transient.RetryAsync(t => StockBook.ReadAsync(inventory, product, t), token),
                count => count.Total == StartingStock && count.Held == confirmed, Waits.Step,
                $"Inventory's count of {product} to balance", ct);
        }
        catch (TimeoutException)
        {
            return await Transient.RetryAsync(token => StockBook.ReadAsync(inventory, product, token), ct);
        }
    }

    private static string DeadLetterNote(IReadOnlyList<DeadLetterView> ours, FaultPlan fault, int others)
    {
        var parts = ours.GroupBy(letter => letter.OriginalTopic)
            .Select(group => $"{group.Count()} {group.Key}{(fault.ExplainedDeadLetterTopics.Contains(group.Key) ? ", replayed" : "")}")
            .ToList();
        if (others > 0)
        {
            parts.Add($"{others} of other orders");
        }

        return string.Join("; ", parts);
    }

    private static void AssertOutcome(
        FaultPlan fault, IReadOnlyList<Placement> placements, IReadOnlyList<OrderOutcome> orders, FaultFigures figures,
        MailCount mail, IReadOnlyList<DeadLetterView> deadLetters)
    {
        var stored = orders.Select(order => order.OrderId).ToHashSet();
        Assert.All(placements.Where(p => p.Accepted), p => Assert.Contains(p.OrderId!.Value, stored));
        Assert.True(orders.Count > 0, "No order was accepted at all.");
        var unexplained = orders.Where(order => order.Status == "Cancelled" && !fault.ExplainedCancellations.Contains(order.CancellationReason ?? "")).ToList();
        Assert.True(unexplained.Count == 0, $"{unexplained.Count} order(s) cancelled for a reason {fault.Name} does not explain: {string.Join(", ", unexplained.Take(5))}");
        Assert.True(figures.StockCheck.StartsWith("ok", StringComparison.Ordinal), figures.StockCheck);
        Assert.True(mail.Duplicates == 0, $"{mail.Duplicates} mail(s) sent twice");
        Assert.True(fault.BrokerLosesEvents || mail.Missing.Count == 0, $"{mail.Missing.Count} mail(s) never sent, e.g. {string.Join("; ", mail.Missing.Take(3))}");
        Assert.True(figures.FulfilmentsTwice == 0, $"{figures.FulfilmentsTwice} order(s) with more than one fulfilment");
        Assert.True(fault.BrokerLosesEvents || figures.FulfilmentsMissing == 0, $"{figures.FulfilmentsMissing} Confirmed order(s) without a fulfilment");
        var unexplainedLetters = deadLetters.Where(letter => !fault.ExplainedDeadLetterTopics.Contains(letter.OriginalTopic)).ToList();
        Assert.True(unexplainedLetters.Count == 0,
            $"{unexplainedLetters.Count} dead letter(s) {fault.Name} does not explain: {string.Join("; ", unexplainedLetters.Take(3).Select(l => $"{l.OriginalTopic}: {l.Error}"))}");
    }
}
