namespace Ecommerce.AppHost;

/// <summary>The local OpenID Connect server and the authority the services validate its tokens against.</summary>
public sealed record IdentityServer(IResourceBuilder<ProjectResource> Resource, string Authority);
