using Dapr;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Tests;

public sealed class ApiTokenTests
{
    [Fact]
    public async Task ApiToken_WhenSet_IsRequiredOnEveryCall()
    {
        using var resources = TempResources.With(Yaml.InMemoryState());
        await using var sidecar = await Sidecars.StartAsync("shop", resources.Path, apiToken: "s3cret");
        using var withToken = Sidecars.Client(sidecar, "s3cret");
        using var wrongToken = Sidecars.Client(sidecar, "guess");
        using var withoutToken = Sidecars.Client(sidecar);

        await withToken.SaveStateAsync("statestore", "k", "v");

        var wrong = await Assert.ThrowsAsync<DaprException>(() => wrongToken.GetStateAsync<string>("statestore", "k"));
        var missing = await Assert.ThrowsAsync<DaprException>(() => withoutToken.GetStateAsync<string>("statestore", "k"));
        Assert.Equal(StatusCode.Unauthenticated, Assert.IsType<RpcException>(wrong.InnerException).StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, Assert.IsType<RpcException>(missing.InnerException).StatusCode);
        Assert.Equal("v", await withToken.GetStateAsync<string>("statestore", "k"));
    }

    [Fact]
    public async Task NoApiToken_CallsWithoutTokenSucceed()
    {
        using var resources = TempResources.With(Yaml.InMemoryState());
        await using var sidecar = await Sidecars.StartAsync("shop", resources.Path);
        using var client = Sidecars.Client(sidecar);

        await client.SaveStateAsync("statestore", "k", "v");

        Assert.Equal("v", await client.GetStateAsync<string>("statestore", "k"));
    }
}
