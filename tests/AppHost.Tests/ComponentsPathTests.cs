using Ecommerce.AppHost.Testing;

namespace Ecommerce.AppHost.Tests;

public sealed class ComponentsPathTests
{
    [Fact]
    public async Task Starting_with_a_components_folder_that_does_not_exist_fails_naming_the_setting_and_the_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-components-{Guid.NewGuid():N}");
        await using var run = await LocalAppHost.BuildAsync(
            AppHostStart.Options(startServices: false) with { Settings = settings => settings.ComponentsPath = missing });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => run.App.StartAsync());

        var reason = Assert.IsType<LocalRunException>(Find(failure));
        Assert.Contains("LocalRun:ComponentsPath", reason.Message, StringComparison.Ordinal);
        Assert.Contains(missing, reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_components_folder_with_pubsub_redis_adds_redis_server_and_the_repository_one_does_not()
    {
        var redisFolder = Directory.CreateTempSubdirectory("components-redis-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(redisFolder, "pubsub.yaml"), "kind: Component\nspec:\n  type: pubsub.redis\n  version: v1\n");
            await using var withRedis = await LocalAppHost.BuildAsync(
                AppHostStart.Options(startServices: false) with { Settings = settings => settings.ComponentsPath = redisFolder });
            await using var withKafka = await LocalAppHost.BuildAsync(AppHostStart.Options(startServices: false));

            Assert.Contains("redis", withRedis.ResourceNames);
            Assert.DoesNotContain("redis", withKafka.ResourceNames);
        }
        finally
        {
            Directory.Delete(redisFolder, recursive: true);
        }
    }

    private static Exception? Find(Exception exception) =>
        exception switch
        {
            LocalRunException found => found,
            AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(found => found is not null),
            { InnerException: { } inner } => Find(inner),
            _ => null,
        };
}
