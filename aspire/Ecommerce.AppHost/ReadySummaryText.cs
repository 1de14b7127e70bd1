using System.Text;
using Aspire.Hosting;
using Microsoft.Extensions.Configuration;

namespace Ecommerce.AppHost;

/// <summary>
/// The ready summary: each service's API reference, the dashboard, the mailbox, the back office, where to sign in, and a first request
/// (a token for the seeded customer, then the catalog with it).
/// </summary>
public sealed class ReadySummaryText(LocalInfrastructure infrastructure, IConfiguration configuration, DistributedApplicationOptions options)
{
    /// <summary>Served by every service in local mode (ServiceDefaults' Scalar page over its OpenAPI document).</summary>
    public const string ApiReferencePath = "/scalar";

    /// <summary>The catalog: a request that answers with data on a fresh run.</summary>
    private const string FirstCallService = "inventory";

    public IReadOnlyList<IResource> AwaitedResources(DistributedApplicationModel model) =>
    [
        infrastructure.Postgres.Resource,
        infrastructure.Kafka.Resource,
        infrastructure.Smtp.Resource,
        .. infrastructure.Redis is { } redis ? [redis.Resource] : Array.Empty<IResource>(),
        .. model.Resources.Where(resource => resource.Name is IdentityServiceExtensions.Database or BackofficeExtensions.Name),
        .. Services(model).SelectMany(service => new[] { service, service.Annotations.OfType<DaprSidecarAnnotation>().Single().Sidecar }),
    ];

    public string Build(DistributedApplicationModel model)
    {
        const string Indent = "  ";
        var services = Services(model).ToList();
        var width = services.Select(service => service.Name.Length).DefaultIfEmpty(0).Max();
        var summary = new StringBuilder();
        var heading = "API reference";
        foreach (var service in services)
        {
            summary.AppendLine().Append(Indent).Append($"{heading,-15}{service.Name.PadRight(width)}  {Url(service)}{ApiReferencePath}");
            heading = string.Empty;
        }

        if (DashboardUrl() is { } dashboard)
        {
            summary.AppendLine().Append(Indent).Append($"{"Dashboard",-15}{dashboard}");
        }

        summary.AppendLine().Append(Indent).Append($"{"Mailbox",-15}{Url(infrastructure.Smtp.Resource)}/messages  (every email the services sent)");
        if (model.Resources.OfType<ProjectResource>().FirstOrDefault(resource => resource.Name == BackofficeExtensions.Name) is { } backoffice)
        {
            summary.AppendLine().Append(Indent).Append($"{"Back office",-15}{Url(backoffice)}  (sign in as operator@example.com / operator-password-local)");
        }

        var identity = model.Resources.OfType<ProjectResource>().FirstOrDefault(resource => resource.Name == IdentityServiceExtensions.Database);
        if (identity is not null)
        {
            summary.AppendLine().Append(Indent).Append($"{"Sign in",-15}{Url(identity)}/.well-known/openid-configuration  (local accounts: README, \"Security\")");
        }

        if (services.FirstOrDefault(service => service.Name == FirstCallService) is { } catalog)
        {
            if (identity is not null)
            {
                summary.AppendLine().Append(Indent).Append($"{"First call",-15}TOKEN=$(curl -s {Url(identity)}/connect/token -d grant_type=password -d client_id=ecommerce-cli " +
                    "-d username=ada@example.com -d password=ada-password-local -d scope=ecommerce | jq -r .access_token)");
                summary.AppendLine().Append(Indent).Append($"{"",-15}curl -s {Url(catalog)}/products -H \"Authorization: Bearer $TOKEN\"");
            }
            else
            {
                summary.AppendLine().Append(Indent).Append($"{"First call",-15}curl -s {Url(catalog)}/products");
            }
        }

        return summary.ToString();
    }

    private static IEnumerable<ProjectResource> Services(DistributedApplicationModel model) =>
        model.Resources.OfType<ProjectResource>().Where(resource => resource.Annotations.OfType<DaprSidecarAnnotation>().Any());

    private static string Url(IResourceWithEndpoints resource) => resource.GetEndpoint("http").Url;

    private string? DashboardUrl() =>
        options.DisableDashboard
            ? null
            : configuration["ASPNETCORE_URLS"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
