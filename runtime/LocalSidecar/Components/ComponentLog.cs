using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Components;

internal static partial class ComponentLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Component loaded: {Name} ({Type}/{Version}) from {File}")]
    public static partial void Loaded(ILogger logger, string name, string type, string version, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Configuration '{Name}' in {File} is read by daprd only; the local sidecar ignores it")]
    public static partial void ConfigurationIgnored(ILogger logger, string name, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Component} in {File}: metadata 'tableName' ({TableName}) is a v1 field that state.postgresql v2 ignores, as daprd does; the table is '<tablePrefix>state'")]
    public static partial void TableNameIgnored(ILogger logger, string component, string file, string tableName);
}
