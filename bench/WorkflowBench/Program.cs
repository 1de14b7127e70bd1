using Ecommerce.TestSupport;
using Ecommerce.WorkflowBench;

var settings = BenchSettings.Parse(args);
Console.WriteLine($"Starting PostgreSQL, the workflow backend and an SDK worker ({settings})...");
await using var postgres = await PostgresServer.StartAsync();
var connectionString = await postgres.CreateDatabaseAsync("workflowbench");
await using var backend = await BenchBackend.StartAsync(connectionString, FreePort.Next());
await using var app = await BenchApp.StartAsync(backend.Endpoint);

await WaitingInstances.StartAsync(app.Client, connectionString, settings.Waiting);
// One warm-up workflow so connection set-up and JIT are not measured.
await BenchRun.ExecuteAsync(app.Client, settings with { Workflows = 1 }, "warmup");
var cpu = new CpuClock(postgres.DataDir);
var before = cpu.Read();
var result = await BenchRun.ExecuteAsync(app.Client, settings, "bench");
var after = cpu.Read();
Console.WriteLine(result with { BenchCpu = after.Bench - before.Bench, PostgresCpu = after.Postgres - before.Postgres });
