using Ecommerce.LocalSidecar.Tests.Infrastructure;

namespace Ecommerce.LocalSidecar.Tests;

public sealed class InMemoryStateTests : StateContractTests
{
    protected override Task<TempResources> CreateResourcesAsync() => Task.FromResult(TempResources.With(Yaml.InMemoryState(Store)));
}
