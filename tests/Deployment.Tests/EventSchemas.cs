using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Ecommerce.Contracts;

namespace Ecommerce.Deployment.Tests;

/// <summary>
/// The JSON schema of an event record as System.Text.Json's web defaults write it (the serializer's own view of the
/// properties: camelCase names, computed properties included, nullability from the annotations).
/// </summary>
internal static class EventSchemas
{
    public const string EventsNamespace = "Ecommerce.Contracts.Events";

    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    /// <summary>The records of services/Contracts/Events.</summary>
    public static IReadOnlyList<Type> Records { get; } = typeof(Topics).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == EventsNamespace && t.IsClass)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static JsonObject For(Type record)
    {
        var info = Web.GetTypeInfo(record);
        var properties = new JsonObject();
        foreach (var property in info.Properties)
        {
            properties[property.Name] = PropertySchema(record, property);
        }

        return Sorted(new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray(info.Properties.Select(p => (JsonNode)p.Name).ToArray()),
            ["properties"] = Sorted(properties),
        });
    }

    private static JsonObject PropertySchema(Type record, JsonPropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var nullable = property.IsGetNullable || type != property.PropertyType;
        var schema = TypeSchema(type, $"{record.Name}.{property.Name}");
        if (nullable)
        {
            var name = schema["type"]?.GetValue<string>()
                       ?? throw new NotSupportedException(
                           $"{record.Name}.{property.Name}: a nullable reference to another record needs a oneOf, which this check does not map yet");
            schema["type"] = new JsonArray(name, "null");
        }

        return Sorted(schema);
    }

    private static JsonObject TypeSchema(Type type, string where)
    {
        if (type == typeof(string)) return new() { ["type"] = "string" };
        if (type == typeof(Guid)) return new() { ["type"] = "string", ["format"] = "uuid" };
        if (type == typeof(DateTimeOffset)) return new() { ["type"] = "string", ["format"] = "date-time" };
        if (type == typeof(decimal)) return new() { ["type"] = "number", ["format"] = "decimal" };
        if (type == typeof(int)) return new() { ["type"] = "integer", ["format"] = "int32" };
        if (type == typeof(long)) return new() { ["type"] = "integer", ["format"] = "int64" };
        if (type == typeof(bool)) return new() { ["type"] = "boolean" };
        if (type.Namespace == EventsNamespace) return new() { ["$ref"] = "#/components/schemas/" + type.Name };
        if (ItemTypeOf(type) is { } item) return new() { ["type"] = "array", ["items"] = Sorted(TypeSchema(item, where + "[]")) };
        throw new NotSupportedException($"{where}: teach EventSchemas how System.Text.Json writes {type}");
    }

    private static Type? ItemTypeOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static JsonObject Sorted(JsonObject schema) =>
        new(schema.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    /// <summary>True when the record carries the order id every event is keyed by.</summary>
    public static bool HasOrderId(Type record) =>
        record.GetProperty("OrderId", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(Guid);
}
