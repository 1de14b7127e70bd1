namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>Every browser test shares one app host and one browser (starting the app host takes most of a minute).</summary>
[CollectionDefinition(Name)]
public sealed class BackofficeCollection : ICollectionFixture<BackofficeFixture>
{
    public const string Name = "Back office in a browser";
}
