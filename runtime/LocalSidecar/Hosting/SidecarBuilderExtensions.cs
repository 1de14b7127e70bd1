using System.Net;
using Ecommerce.LocalSidecar.AppHealth;
using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Grpc;
using Ecommerce.LocalSidecar.Http;
using Ecommerce.LocalSidecar.Invocation;
using Ecommerce.LocalSidecar.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Hosting;

public static class SidecarBuilderExtensions
{
    /// <summary>Kestrel on the gRPC port (HTTP/2 without TLS) and the HTTP port (HTTP/1.1), and the sidecar's services,
    /// with the workflow backend when a component is the actor state store. Reads the resources files now (throws
    /// <see cref="ComponentConfigurationException"/>); the components are built when first resolved.</summary>
    public static WebApplicationBuilder AddLocalSidecar(this WebApplicationBuilder builder, SidecarOptions options)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            Listen(kestrel, options.GrpcPort, HttpProtocols.Http2);
            Listen(kestrel, options.HttpPort, HttpProtocols.Http1);
        });

        var resources = SidecarResources.Read(options.ResourcesPaths, options.AppId);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(resources);
        services.AddSingleton(sp => SidecarComponents.Create(resources, options.AppId, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StateApi>();
        services.AddSingleton<PublishApi>();
        services.AddSingleton<ApiTokenInterceptor>();
        services.AddGrpc(grpc => grpc.Interceptors.Add<ApiTokenInterceptor>());
        services.AddHttpClient<AppChannel>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient<Invocation.ServiceInvoker>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<Invocation.GrpcInvocation>();
        services.AddHttpClient<AppHealthProbe>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<AppHealthMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<AppHealthMonitor>());
        services.AddSingleton<SubscriptionService>();
        services.AddHostedService(sp => sp.GetRequiredService<SubscriptionService>());
        return builder.AddSidecarWorkflow(options, resources);
    }

    /// <summary>The Dapr gRPC API (and the workflow API when configured), daprd's HTTP API for publish, state and
    /// metadata, and its health endpoints.</summary>
    public static WebApplication MapLocalSidecar(this WebApplication app)
    {
        app.UseDaprApiTokenOverHttp();
        app.UseUnimplementedDaprApis();
        app.MapGrpcService<DaprApiService>();
        app.MapSidecarWorkflow();
        app.MapSidecarHealth();
        app.MapPublishHttpApi();
        app.MapStateHttpApi();
        app.MapMetadataHttpApi();
        app.MapInvocationHttpApi();
        return app;
    }

    // A fixed port listens on both loopback addresses (clients resolve "localhost" either way); port 0 picks a free
    // IPv4 loopback port, which LocalSidecarHost reports.
    private static void Listen(KestrelServerOptions kestrel, int port, HttpProtocols protocols)
    {
        if (port == 0)
        {
            kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = protocols);
        }
        else
        {
            kestrel.ListenLocalhost(port, o => o.Protocols = protocols);
        }
    }
}
