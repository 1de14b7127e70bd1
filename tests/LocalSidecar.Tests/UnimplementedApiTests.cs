using Dapr;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Tests;

public sealed class UnimplementedApiTests
{
    [Fact]
    public async Task ApiTheSidecarDoesNotServe_AnswersUnimplemented()
    {
        using var resources = TempResources.With(Yaml.InMemoryState());
        await using var sidecar = await Sidecars.StartAsync("shop", resources.Path);
        using var client = Sidecars.Client(sidecar);

        var error = await Assert.ThrowsAsync<DaprException>(() => client.GetSecretAsync("vault", "db"));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.Unimplemented, rpc.StatusCode);
        Assert.Contains("GetSecret", rpc.Status.Detail);
    }
}
