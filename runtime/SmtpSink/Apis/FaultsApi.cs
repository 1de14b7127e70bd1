using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.SmtpSink.Apis;

public static class FaultsApi
{
    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/faults");
        group.MapGet("/", GetFaults);
        group.MapPost("/reject", (FaultSwitch faults, ILogger<FaultSwitch> logger) => SetReject(faults, logger, true));
        group.MapDelete("/reject", (FaultSwitch faults, ILogger<FaultSwitch> logger) => SetReject(faults, logger, false));
        return app;
    }

    public static Ok<FaultState> GetFaults(FaultSwitch faults) => TypedResults.Ok(new FaultState(faults.RejectMail));

    public static Ok<FaultState> SetReject(FaultSwitch faults, ILogger<FaultSwitch> logger, bool on)
    {
        faults.RejectMail = on;
        Log.RejectFaultSwitched(logger, on ? "on" : "off");
        return TypedResults.Ok(new FaultState(on));
    }
}
