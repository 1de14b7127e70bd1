using System.Data;
using Dapper;

namespace Ecommerce.ServiceDefaults.Data;

/// <summary>
/// Reads PostgreSQL's <c>timestamptz</c> as <see cref="DateTimeOffset"/> once, for every Dapper query: Npgsql hands
/// it over as a UTC <see cref="DateTime"/>, which Dapper cannot turn into a DateTimeOffset by itself (ExecuteScalar).
/// Writes pass the value through; Npgsql stores a DateTimeOffset with offset zero as timestamptz.
/// </summary>
internal sealed class UtcTimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime { Kind: DateTimeKind.Utc } utc => new DateTimeOffset(utc),
        DateTime other => throw new DataException($"Expected a timestamptz (UTC) value, got a DateTime of kind {other.Kind}."),
        _ => throw new DataException($"Expected a timestamptz value, got {value.GetType().Name}."),
    };

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.ToUniversalTime();
}
