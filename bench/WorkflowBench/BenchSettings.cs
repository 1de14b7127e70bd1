namespace Ecommerce.WorkflowBench;

/// <summary>Command line: <c>--workflows N --activities N --start-parallelism N --waiting N</c>.</summary>
public sealed record BenchSettings(int Workflows, int Activities, int StartParallelism, int Waiting)
{
    public static BenchSettings Parse(string[] args)
    {
        int Read(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1]) : fallback;
        }

        return new BenchSettings(Read("--workflows", 1000), Read("--activities", 3), Read("--start-parallelism", 32), Read("--waiting", 0));
    }
}
