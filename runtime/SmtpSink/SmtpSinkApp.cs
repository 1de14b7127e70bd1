using Ecommerce.SmtpSink.Apis;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Ecommerce.SmtpSink;

/// <summary>The HTTP side of the sink: services and endpoints.</summary>
internal static class SmtpSinkApp
{
    public static WebApplication Build(SmtpSinkOptions options, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args });
        // Explicit listen: the sink owns its ports even when ASPNETCORE_URLS is set by a launcher.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.BindAddress, options.HttpPort));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MailStore>();
        builder.Services.AddSingleton<FaultSwitch>();
        builder.Services.AddSingleton<SinkMessageStore>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/healthz", () => TypedResults.Text("Healthy"));
        app.MapMessagesApi();
        app.MapFaultsApi();
        return app;
    }

    /// <summary>The address Kestrel actually bound (port 0 resolves here), as a base URI ending with a slash.</summary>
    public static Uri ListeningAddress(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}
