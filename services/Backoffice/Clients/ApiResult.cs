namespace Ecommerce.Backoffice.Clients;

/// <summary>What a service answered: the value, or a message an operator can read (never a stack trace).</summary>
public sealed record ApiResult<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;

    public static ApiResult<T> Success(T value) => new(value, null);

    public static ApiResult<T> Failure(string error) => new(default, error);
}
