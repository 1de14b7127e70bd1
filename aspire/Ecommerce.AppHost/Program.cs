using Ecommerce.AppHost;

// The one-command local run: PostgreSQL, an embedded Kafka broker and an SMTP sink, then each service with its
// local Dapr sidecar, and the operators' back office. Ports and switches: appsettings.json, section LocalRun.
var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddLocalInfrastructure();
if (infrastructure.Settings.StartServices)
{
    var identity = builder.AddIdentityService(infrastructure);
    var services = new Dictionary<string, DaprService>
    {
        ["ordering"] = builder.AddDaprService<Projects.Ordering>("ordering", infrastructure).WithIdentity(identity),
        ["inventory"] = builder.AddDaprService<Projects.Inventory>("inventory", infrastructure).WithIdentity(identity),
        ["notifications"] = builder.AddDaprService<Projects.Notifications>("notifications", infrastructure).WithSmtpSink(infrastructure).WithIdentity(identity),
        ["fulfillment"] = builder.AddDaprService<Projects.Fulfillment>("fulfillment", infrastructure).WithIdentity(identity),
        ["operations"] = builder.AddDaprService<Projects.Operations>("operations", infrastructure).WithIdentity(identity),
    };
    builder.AddBackoffice(infrastructure, identity, services);
}

builder.AddLocalRunConsole(infrastructure);

return await builder.Build().RunLocalAsync();
