using Xunit.Abstractions;

namespace Ecommerce.Faults.Report;

/// <summary>
/// The reliability table of the run so far: printed to the test's output after each fault and written to
/// tests/Faults/TestResults/reliability.md (the README's Reliability section is that file from a real run).
/// </summary>
public static class ReliabilityReport
{
    private static readonly List<FaultFigures> Rows = [];
    private static readonly Lock Gate = new();

    public static string Add(FaultFigures figures, ITestOutputHelper output)
    {
        string table;
        lock (Gate)
        {
            Rows.Add(figures);
            table = string.Join('\n', [FaultFigures.Header, .. Rows.Select(row => row.ToRow())]);
        }

        var file = Path.Combine(ProjectDirectory(), "TestResults", "reliability.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file,
            $"Fault suite run of {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC (`dotnet test tests/Faults -c Release`)\n\n{table}\n");
        output.WriteLine(table);
        output.WriteLine($"(written to {file})");
        return table;
    }

    /// <summary>tests/Faults, found from the test assembly's folder (bin/Release/net10.0 below it).</summary>
    private static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Faults.csproj")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
