using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ecommerce.Deployment.Tests;

/// <summary>
/// The Grafana dashboards (deploy/k8s/infra/monitoring/dashboards) are dashboard JSON that queries a Prometheus
/// datasource variable, only for metrics docs/metrics.md documents, and every metric of the services' own is on one.
/// </summary>
public sealed partial class DashboardTests
{
    private const string Folder = "deploy/k8s/infra/monitoring/dashboards";
    private static readonly string[] HistogramSeries = ["_bucket", "_sum", "_count"];

    public static TheoryData<string> Dashboards()
    {
        var data = new TheoryData<string>();
        foreach (var file in DashboardFiles())
        {
            data.Add(file);
        }

        return data;
    }

    private static IEnumerable<string> DashboardFiles() =>
        Directory.EnumerateFiles(Repository.PathOf(Folder), "*.json").Order(StringComparer.Ordinal).Select(file => Path.GetFileName(file));

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void A_dashboard_is_Grafana_JSON_whose_panels_query_the_Prometheus_datasource_variable(string file)
    {
        using var dashboard = Read(file);
        var root = dashboard.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("uid").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.True(root.GetProperty("schemaVersion").GetInt32() >= 30);
        var variable = Assert.Single(root.GetProperty("templating").GetProperty("list").EnumerateArray(),
            v => v.GetProperty("type").GetString() == "datasource");
        Assert.Equal("prometheus", variable.GetProperty("query").GetString());
        var datasource = "${" + variable.GetProperty("name").GetString() + "}";

        var panels = root.GetProperty("panels").EnumerateArray().ToList();
        Assert.NotEmpty(panels);
        Assert.Equal(panels.Count, panels.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
        foreach (var panel in panels)
        {
            var title = panel.GetProperty("title").GetString();
            Assert.Equal("prometheus", panel.GetProperty("datasource").GetProperty("type").GetString());
            Assert.Equal(datasource, panel.GetProperty("datasource").GetProperty("uid").GetString());
            Assert.True(panel.TryGetProperty("gridPos", out _), $"{title}: no gridPos");
            var targets = panel.GetProperty("targets").EnumerateArray().ToList();
            Assert.True(targets.Count > 0, $"{title}: no query");
            Assert.All(targets, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("expr").GetString()), $"{title}: an empty query"));
        }
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void Every_metric_a_panel_queries_is_documented_in_docs_metrics(string file)
    {
        var documented = DocumentedMetrics();
        using var dashboard = Read(file);

        var unknown = Queries(dashboard.RootElement)
            .SelectMany(query => MetricsIn(query.Expr).Select(metric => (query.Panel, Metric: metric)))
            .Where(use => !documented.Contains(BaseName(use.Metric, documented)))
            .Select(use => $"{use.Panel}: {use.Metric}")
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_metric_of_the_services_own_is_on_a_dashboard()
    {
        var queried = DashboardFiles()
            .SelectMany(file =>
            {
                using var dashboard = Read(file);
                return Queries(dashboard.RootElement).SelectMany(q => MetricsIn(q.Expr)).ToList();
            })
            .ToHashSet(StringComparer.Ordinal);
        var own = DocumentedMetrics(section: "## The services' own");

        var missing = own.Where(metric => !queried.Any(q => BaseName(q, new HashSet<string>(StringComparer.Ordinal) { metric }) == metric)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_metric_query_selects_with_braces_so_the_check_above_sees_it()
    {
        var bare = DashboardFiles()
            .SelectMany(file =>
            {
                using var dashboard = Read(file);
                return Queries(dashboard.RootElement).Where(q => MetricsIn(q.Expr).Count == 0).Select(q => $"{file} {q.Panel}: {q.Expr}").ToList();
            })
            .ToList();

        Assert.Empty(bare);
    }

    private static JsonDocument Read(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.PathOf(Folder), file)));

    private static IEnumerable<(string Panel, string Expr)> Queries(JsonElement dashboard) =>
        dashboard.GetProperty("panels").EnumerateArray().SelectMany(panel => panel.GetProperty("targets").EnumerateArray()
            .Select(target => (panel.GetProperty("title").GetString() ?? "", target.GetProperty("expr").GetString() ?? "")));

    // A metric selector in PromQL: a name followed by its label matchers, e.g. emails_sent_total{namespace="x"}.
    private static List<string> MetricsIn(string expr) => [.. MetricSelector().Matches(expr).Select(m => m.Groups[1].Value)];

    // A histogram's series (_bucket, _sum, _count) are documented under the histogram's name.
    private static string BaseName(string metric, IReadOnlySet<string> documented) =>
        documented.Contains(metric)
            ? metric
            : HistogramSeries.Where(metric.EndsWith).Select(suffix => metric[..^suffix.Length]).FirstOrDefault(documented.Contains) ?? metric;

    /// <summary>The backquoted names in the first column of the tables of docs/metrics.md (of one section, if given).</summary>
    private static HashSet<string> DocumentedMetrics(string? section = null)
    {
        var lines = File.ReadAllLines(Repository.PathOf("docs/metrics.md"));
        if (section is not null)
        {
            lines = [.. lines.SkipWhile(l => l != section).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))];
        }

        return lines.Select(l => DocumentedRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{")]
    private static partial Regex MetricSelector();

    [GeneratedRegex(@"^\|\s*`([a-z_][a-z0-9_]*)`\s*\|")]
    private static partial Regex DocumentedRow();
}
