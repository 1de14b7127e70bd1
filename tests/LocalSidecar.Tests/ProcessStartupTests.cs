using System.Diagnostics;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>The real process (<c>dotnet LocalSidecar.dll</c>) fails fast, naming the file and field, on resources it cannot honour.</summary>
public sealed class ProcessStartupTests
{
    [Fact]
    public async Task UnknownComponentType_ExitsNonZero_NamingFileAndType()
    {
        using var resources = TempResources.With(("cache.yaml", Component("cache", "state.redis", "- name: redisHost\n      value: localhost:6379")));

        var (exitCode, stderr) = await RunAsync(resources.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("cache.yaml: component 'cache' (state.redis): 'spec.type' state.redis is not supported", stderr);
    }

    [Fact]
    public async Task KafkaWithoutBrokers_ExitsNonZero_NamingFileAndField()
    {
        using var resources = TempResources.With(("pubsub.yaml", Component("pubsub", "pubsub.kafka", "- name: authType\n      value: none")));

        var (exitCode, stderr) = await RunAsync(resources.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("pubsub.yaml: component 'pubsub' (pubsub.kafka): metadata 'brokers' is required", stderr);
    }

    [Fact]
    public async Task AMetadataFieldTheSidecarDoesNotImplement_ExitsNonZero_NamingFileAndField()
    {
        using var resources = TempResources.With(("pubsub.yaml", Component("pubsub", "pubsub.redis", "- name: redisHost\n      value: localhost:6379\n    - name: streamTTL\n      value: 1h")));

        var (exitCode, stderr) = await RunAsync(resources.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("pubsub.yaml: component 'pubsub' (pubsub.redis): metadata 'streamTTL' is not supported by the local sidecar", stderr);
    }

    [Fact]
    public async Task InvalidYaml_ExitsNonZero_NamingFileAndLine()
    {
        using var resources = TempResources.With(("broken.yaml", "kind: Component\nmetadata:\n  name: [unclosed\n"));

        var (exitCode, stderr) = await RunAsync(resources.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("broken.yaml: invalid YAML at line", stderr);
    }

    [Fact]
    public async Task MissingSecret_ExitsNonZero_NamingTheEnvironmentVariable()
    {
        var yaml = Component("pubsub", "pubsub.kafka", "- name: brokers\n      secretKeyRef:\n        name: SIDECAR_TEST_UNSET_BROKERS\n        key: SIDECAR_TEST_UNSET_BROKERS")
                   + "auth:\n  secretStore: envsecrets\n";
        using var resources = TempResources.With(("pubsub.yaml", yaml), ("secrets.yaml", Component("envsecrets", "secretstores.local.env", "[]")));

        var (exitCode, stderr) = await RunAsync(resources.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("pubsub.yaml: component 'pubsub' (pubsub.kafka): metadata 'brokers'", stderr);
        Assert.Contains("SIDECAR_TEST_UNSET_BROKERS", stderr);
    }

    [Fact]
    public async Task ValidResources_ServeTheHealthEndpoint()
    {
        using var resources = TempResources.With(Yaml.InMemoryPubSub(), Yaml.InMemoryState());
        var httpPort = FreePort.Next();
        using var process = Start(resources.Path, "--dapr-http-port", httpPort.ToString(), "--dapr-grpc-port", FreePort.Next().ToString());
        try
        {
            using var http = new HttpClient();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            HttpResponseMessage? response = null;
            while (response is null && DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    response = await http.GetAsync($"http://127.0.0.1:{httpPort}/v1.0/healthz");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            Assert.Equal(System.Net.HttpStatusCode.NoContent, response?.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string Component(string name, string type, string metadata) => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: {type}
          version: v1
          metadata:
            {metadata}

        """;

    private static async Task<(int ExitCode, string Stderr)> RunAsync(string resourcesPath)
    {
        using var process = Start(resourcesPath, "--dapr-http-port", FreePort.Next().ToString(), "--dapr-grpc-port", FreePort.Next().ToString());
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await stdout;
        return (process.ExitCode, await stderr);
    }

    private static Process Start(string resourcesPath, params string[] flags)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "LocalSidecar.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--app-id", "shop", "--resources-path", resourcesPath }.Concat(flags))
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
