using System.Diagnostics;
using Ecommerce.LoadBench;

// End-to-end load: open-loop POST /orders at each offered rate, outcomes read from Ordering's tables afterwards,
// baselines (pgbench, raw broker) in the same run. See README.md.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"{exception.Message}\n\n{BenchOptions.Usage}");
    Environment.ExitCode = 2;
    return;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var ct = cancel.Token;
var machine = new Machine(Environment.ProcessorCount, File.ReadAllText("/proc/loadavg").Split(' ')[0], DateTime.UtcNow);

await using var appHost = options.StartAppHost ? await AppHostRunner.StartAsync(options, ct) : null;
options = appHost?.Options ?? options;
BaselineResult? baselines = null;
if (!options.SkipBaselines)
{
    Console.Error.WriteLine("Baselines: pgbench, broker...");
    var commits = await Baselines.PgbenchCommitsPerSecondAsync(options, ct);
    var (produce, consume) = await Baselines.BrokerMessagesPerSecondAsync(options, ct);
    baselines = new BaselineResult(commits, produce, consume);
}

var counters = new SystemCounters(options);

// What the system costs doing nothing (health checks, polling), subtracted from each step's per-order costs.
var idleStart = await counters.ReadAsync(ct);
var idleClock = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(10), ct);
var idle = (await counters.ReadAsync(ct) - idleStart).PerSecond(idleClock.Elapsed);
var outcomes = new OutcomeReader(options);
var stock = new StockLedger(options);
// One customer per order a second at the highest rate, and a fifth more: each may place 60 a minute.
var customers = await BenchCustomers.SignInAsync(options, (int)Math.Ceiling(options.PeakRate * 1.2) + 1, ct);
using var placer = new OrderPlacer(options, customers);
var steps = new List<StepResult>();
var run = Guid.NewGuid().ToString("N")[..8];
if (options.BurstRate is { } burstRate)
{
    Console.WriteLine(Report.Header(Command(), machine) + await BurstRun.RunAsync(burstRate, placer, outcomes, stock, options, run, ct));
    return;
}

foreach (var rate in options.Rates)
{
    Console.Error.WriteLine($"{rate}/s: warm-up {options.WarmupSeconds} s, window {options.WindowSeconds} s...");
    var units = (int)(rate * (options.WarmupSeconds + options.WindowSeconds) * 1.5) + 100;
    var stockBefore = await stock.TopUpAsync(units, ct);
    var warmup = await placer.PlaceAsync(rate, TimeSpan.FromSeconds(options.WarmupSeconds), $"{run}-{rate}-warm", ct);

    var before = await counters.ReadAsync(ct);
    var costClock = Stopwatch.StartNew();
    var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var window = Stopwatch.StartNew();
    IReadOnlyList<Placement> placements = [];
    var usage = await ProcessSampler.SampleAsync(
        async () => placements = await placer.PlaceAsync(rate, TimeSpan.FromSeconds(options.WindowSeconds), $"{run}-{rate}", ct), ct);
    var generatorCpuPercent = 100 * (Process.GetCurrentProcess().TotalProcessorTime - generatorCpu).TotalSeconds / window.Elapsed.TotalSeconds;

    var warmupIds = warmup.Select(p => p.OrderId).OfType<Guid>().ToList();
    var windowIds = placements.Select(p => p.OrderId).OfType<Guid>().ToList();
    var settled = await outcomes.WaitForOutcomesAsync([.. warmupIds, .. windowIds], ct);
    var costs = (await counters.ReadAsync(ct) - before).Minus(idle, costClock.Elapsed);
    var stockAfter = await stock.OnHandAsync(ct);
    var windowSet = windowIds.ToHashSet();
    steps.Add(new StepResult(
        rate,
        options.WindowSeconds,
        placements,
        [.. settled.Where(o => windowSet.Contains(o.OrderId))],
        usage,
        costs,
        generatorCpuPercent,
        stockBefore - stockAfter,
        settled.Count(o => !windowSet.Contains(o.OrderId) && o.PlaceToConfirmed is not null)));
}

Console.WriteLine(Report.Render(Command(), machine, baselines, steps));

string Command() => "dotnet run -c Release --project bench/LoadBench -- " + string.Join(' ', args);
