using YamlDotNet.RepresentationModel;

namespace Ecommerce.Deployment.Tests;

/// <summary>dapr.yaml, the Dapr CLI's multi-app run file.</summary>
public sealed class MultiAppRunTests
{
    private readonly YamlMappingNode _run = Yaml.Single("dapr.yaml");

    private IEnumerable<YamlNode> Apps => _run.Items("apps");

    [Fact]
    public void App_ids_are_the_Contracts_app_ids()
    {
        var appIds = Apps.Select(a => a.Scalar("appID") ?? "").Order();

        Assert.Equal(ContractNames.AppIds.Order(), appIds);
    }

    [Fact]
    public void Every_app_runs_its_service_project_from_its_own_folder()
    {
        foreach (var app in Apps)
        {
            var folder = Repository.PathOf(app.Scalar("appDirPath")!);
            var project = Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + ".csproj");

            Assert.True(File.Exists(project), $"{app.Scalar("appID")}: no project {Repository.Relative(project)}");
            Assert.Equal("dotnet", app.ScalarItems("command").First());
        }
    }

    [Fact]
    public void Apps_listen_on_their_appPort()
    {
        foreach (var app in Apps)
        {
            var urls = app.Scalar("env", "ASPNETCORE_URLS");

            Assert.Equal($"http://localhost:{app.Scalar("appPort")}", urls);
        }
    }

    [Fact]
    public void Ports_are_distinct()
    {
        var ports = Apps.SelectMany(a => new[] { a.Scalar("appPort"), a.Scalar("daprHTTPPort"), a.Scalar("daprGRPCPort") }).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public void Sidecars_load_the_components_folder_and_its_configuration()
    {
        Assert.Equal(["./components"], _run.ScalarItems("common", "resourcesPaths"));
        var configuration = Yaml.Single(_run.Scalar("common", "configFilePath")!);
        Assert.Equal("Configuration", configuration.Kind());
    }

    [Fact]
    public void Every_sidecar_has_the_secrets_of_the_components_scoped_to_its_app()
    {
        var components = DaprResources.LoadedFromComponentsFolder().Components;
        var common = _run.Entries("common", "env").Select(e => e.Key).ToHashSet();
        foreach (var app in Apps)
        {
            var appId = app.Scalar("appID")!;
            var env = app.Entries("env").Select(e => e.Key).Concat(common).ToHashSet();
            var needed = components.Where(c => DaprResources.Scopes(c).Contains(appId)).SelectMany(DaprResources.SecretNames);

            Assert.Empty(needed.Where(secret => !env.Contains(secret)).Select(secret => $"{appId} lacks {secret}"));
        }
    }

    [Fact]
    public void Connection_strings_name_databases_the_compose_init_script_creates()
    {
        var created = ComposeFiles.Databases();
        var named = Apps.SelectMany(a => a.Entries("env"))
            .Where(e => e.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || e.Key.EndsWith("_STORE_CONNECTION", StringComparison.Ordinal))
            .Select(e => ComposeFiles.DatabaseIn(((YamlScalarNode)e.Value).Value!))
            .ToList();

        Assert.NotEmpty(named);
        Assert.DoesNotContain(named, db => !created.Contains(db));
    }
}
