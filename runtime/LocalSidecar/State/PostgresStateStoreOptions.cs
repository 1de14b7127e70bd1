using System.Text.RegularExpressions;
using Ecommerce.LocalSidecar.Components;

namespace Ecommerce.LocalSidecar.State;

/// <summary>
/// The metadata of a <c>state.postgresql</c> component, per version as components-contrib reads it: v1 keeps rows in
/// <c>tableName</c> (default <c>state</c>) and its migration level in <c>metadataTableName</c> (default
/// <c>dapr_metadata</c>); v2 in <c>{tablePrefix}state</c>. The connection string is already in Npgsql's form.
/// </summary>
public sealed partial record PostgresStateStoreOptions(string Version, string ConnectionString, string TableName, string MetadataTableName, bool ActorStateStore)
{
    public static PostgresStateStoreOptions From(ComponentDefinition component)
    {
        var table = component.Version == "v1"
            ? component.Optional("tableName") ?? "state"
            : (component.Optional("tablePrefix") ?? "") + "state";
        var field = component.Version == "v1" ? "tableName" : "tablePrefix";
        if (!Identifier().IsMatch(table))
        {
            throw component.Error($"metadata '{field}' must give a plain SQL identifier (optionally schema-qualified), got '{table}'");
        }

        var metadataTable = component.Optional("metadataTableName") ?? "dapr_metadata";
        if (!Identifier().IsMatch(metadataTable))
        {
            throw component.Error($"metadata 'metadataTableName' must be a plain SQL identifier (optionally schema-qualified), got '{metadataTable}'");
        }

        return new PostgresStateStoreOptions(component.Version, ReadConnectionString(component), table, metadataTable, component.Flag("actorStateStore"));
    }

    /// <summary>The component's <c>connectionString</c> in Npgsql's form, whichever of daprd's forms it was written in.</summary>
    public static string ReadConnectionString(ComponentDefinition component)
    {
        try
        {
            return PostgresConnectionString.ToNpgsql(component.Required("connectionString"));
        }
        catch (Exception e) when (e is FormatException or UriFormatException or ArgumentException)
        {
            throw component.Error($"metadata 'connectionString': {e.Message}");
        }
    }

    [GeneratedRegex("^([A-Za-z_][A-Za-z0-9_]*\\.)?[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
