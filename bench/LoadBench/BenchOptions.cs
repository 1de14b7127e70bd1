using System.Globalization;

namespace Ecommerce.LoadBench;

/// <summary>The command line: <c>--rates 25,50,100 --window 60 --warmup 10 --start-apphost</c>; see README.md.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<double> Rates { get; init; } = [25, 50, 100];

    /// <summary>Seconds of steady placement measured at each rate, after the warm-up.</summary>
    public int WindowSeconds { get; init; } = 30;

    /// <summary>Seconds placed at each rate before the window (not counted), so queues reach their steady state.</summary>
    public int WarmupSeconds { get; init; } = 5;

    /// <summary>How long to wait after a step for its orders to reach a final status before counting them as stuck.</summary>
    public int SettleSeconds { get; init; } = 90;

    /// <summary>Start the app host (Release) with a throw-away data folder, and stop it at the end.</summary>
    public bool StartAppHost { get; init; }

    /// <summary>Replicas of each service when the bench starts the app host (LocalRun:Replicas); orders go to every Ordering replica.</summary>
    public int Replicas { get; init; } = 1;

    public string OrderingUrl { get; init; } = "http://127.0.0.1:5101";

    /// <summary>Where orders go, turn by turn (every Ordering replica, as a load balancer would); by default <see cref="OrderingUrl"/>.</summary>
    public IReadOnlyList<string> OrderingUrls { get; init; } = [];

    public IReadOnlyList<string> OrderEntrances => OrderingUrls.Count > 0 ? OrderingUrls : [OrderingUrl];

    public string IdentityUrl { get; init; } = "http://127.0.0.1:5106";

    public IReadOnlyList<string> ServiceUrls { get; init; } =
        ["http://127.0.0.1:5101", "http://127.0.0.1:5102", "http://127.0.0.1:5103", "http://127.0.0.1:5104", "http://127.0.0.1:5105"];

    public int PostgresPort { get; init; } = 5432;

    public string KafkaBrokers { get; init; } = "127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094";

    public bool SkipBaselines { get; init; }

    /// <summary>Instead of the sweep, a burst between two stretches at this rate (<see cref="BurstRun"/>).</summary>
    public double? BurstRate { get; init; }

    /// <summary>The burst's rate: twice <see cref="BurstRate"/> unless given (only with it: <see cref="Parse"/> checks).</summary>
    public double? BurstPeak { get; init; }

    /// <summary>The rate of the burst this run offers; 0 without one.</summary>
    public double BurstPeakRate => BurstPeak ?? 2 * (BurstRate ?? 0);

    /// <summary>The highest rate the run offers (what the customers are signed in for).</summary>
    public double PeakRate => Math.Max(Rates.Max(), BurstPeakRate);

    public string Product { get; init; } = "sku-usb-hub";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--rates" => options with { Rates = [.. Value().Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture))] },
                "--window" => options with { WindowSeconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { WarmupSeconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--settle" => options with { SettleSeconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--start-apphost" => options with { StartAppHost = true },
                "--replicas" => options with { Replicas = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--ordering" => options with { OrderingUrl = Value() },
                "--postgres-port" => options with { PostgresPort = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--identity" => options with { IdentityUrl = Value() },
                "--product" => options with { Product = Value() },
                "--skip-baselines" => options with { SkipBaselines = true },
                "--burst" => options with { BurstRate = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--burst-peak" => options with { BurstPeak = double.Parse(Value(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see bench/LoadBench/README.md."),
            };
        }

        return options.BurstPeak is not null && options.BurstRate is null
            ? throw new ArgumentException("--burst-peak needs --burst R, the rate before and after the burst.")
            : options;
    }

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/LoadBench -- [options]   (details: bench/LoadBench/README.md)
          --start-apphost        start the app host (Release) for the run and stop it afterwards
          --rates 25,50,100      offered orders/s, one step each      --replicas N     replicas with --start-apphost
          --warmup S --window S --settle S   seconds per step         --burst R        R/s, then 2R/s for 30 s, then R/s
          --skip-baselines       no pgbench or raw broker run         --burst-peak P   P/s in the burst instead of 2R/s
                                                                      --product SKU    the product ordered
          --ordering URL --identity URL --postgres-port N            a system started otherwise
        """;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=4";
}
