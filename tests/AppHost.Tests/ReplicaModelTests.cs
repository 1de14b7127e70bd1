using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Ecommerce.LocalRun;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ecommerce.AppHost.Tests;

/// <summary>The replica switch, read from the model the app host builds (nothing is started).</summary>
public sealed class ReplicaModelTests
{
    [Fact]
    public void Replica_settings_survive_the_command_line_and_default_to_one()
    {
        var settings = new LocalRunSettings { Replicas = 2, ReplicasOf = { ["ordering"] = 3 } };

        var read = new ConfigurationBuilder().AddCommandLine(settings.ToCommandLine()).Build()
            .GetSection(LocalRunSettings.SectionName).Get<LocalRunSettings>()!;

        Assert.Equal((3, 2), (read.ReplicaCount("ordering"), read.ReplicaCount("inventory")));
        Assert.Equal(["ordering", "ordering-2", "ordering-3"], read.ReplicaNames("ordering"));
        Assert.Equal(["inventory"], new LocalRunSettings().ReplicaNames("inventory"));
    }

    [Fact]
    public async Task Two_replicas_of_Ordering_are_two_services_with_their_own_sidecars_under_one_app_id()
    {
        await using var run = await LocalAppHost.BuildAsync(AppHostStart.Options(startServices: true) with
        {
            Settings = settings => settings.ReplicasOf["ordering"] = 2,
        });
        var resources = run.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().ToDictionary(r => r.Name);

        Assert.Superset(new HashSet<string> { "ordering", "ordering-2", "ordering-sidecar", "ordering-2-sidecar", "inventory", "inventory-sidecar" }, resources.Keys.ToHashSet());
        Assert.DoesNotContain("inventory-2", resources.Keys);
        var context = run.App.Services.GetRequiredService<DistributedApplicationExecutionContext>();
        var first = await SidecarAsync(resources["ordering-sidecar"], context);
        var second = await SidecarAsync(resources["ordering-2-sidecar"], context);
        Assert.Equal(("ordering", "ordering"), (first.AppId, second.AppId));
        Assert.Equal(("ordering", "ordering-2"), (first.Replica, second.Replica));
        Assert.NotEqual(first.AppPort, second.AppPort);
        Assert.Equal(first.AppPort, resources["ordering"].GetEndpoint("http").TargetPort?.ToString());
        Assert.Equal(second.AppPort, resources["ordering-2"].GetEndpoint("http").TargetPort?.ToString());
        Assert.Equal(first.Workflows, second.Workflows);
    }

    private static async Task<(string AppId, string AppPort, string Replica, string Workflows)> SidecarAsync(
        ProjectResource sidecar, DistributedApplicationExecutionContext context)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(sidecar).WithArgumentsConfig().WithEnvironmentVariablesConfig()
            .BuildAsync(context, NullLogger.Instance, CancellationToken.None);
        var args = configuration.Arguments.Select(a => a.Value).ToList();
        var environment = configuration.EnvironmentVariables.ToDictionary();
        string After(string flag) => args[args.IndexOf(flag) + 1];
        return (After("--app-id"), After("--app-port"), environment["LOCALSIDECAR_REPLICA"], environment["WORKFLOW_STORE_CONNECTION"]);
    }
}
