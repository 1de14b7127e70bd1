namespace Ecommerce.AppHost;

/// <summary>
/// Which <c>--LocalRun:*</c> argument moves one fixed endpoint of a resource, given a port that is free now (e.g.
/// <c>--LocalRun:PostgresPort=5433</c>), so a busy port can be answered with the exact setting to change.
/// </summary>
public sealed record PortSettingAnnotation(string EndpointName, Func<int, string> Move) : IResourceAnnotation;
