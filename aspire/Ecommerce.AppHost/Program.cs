using Ecommerce.AppHost;

// The one-command local run: PostgreSQL, an embedded Kafka broker and an SMTP sink, then each service with its
// local Dapr sidecar. Ports and switches: appsettings.json, section LocalRun.
var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddLocalInfrastructure();
if (infrastructure.Settings.StartServices)
{
    var identity = builder.AddIdentityService(infrastructure);
    builder.AddDaprService<Projects.Ordering>("ordering", infrastructure).WithIdentity(identity);
    builder.AddDaprService<Projects.Inventory>("inventory", infrastructure).WithIdentity(identity);
    builder.AddDaprService<Projects.Notifications>("notifications", infrastructure).WithSmtpSink(infrastructure).WithIdentity(identity);
    builder.AddDaprService<Projects.Fulfillment>("fulfillment", infrastructure).WithIdentity(identity);
    builder.AddDaprService<Projects.Operations>("operations", infrastructure).WithIdentity(identity);
}

builder.AddLocalRunConsole(infrastructure);

return await builder.Build().RunLocalAsync();
