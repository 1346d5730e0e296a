using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Tests.Common;

public sealed class ResultTests
{
    [Fact]
    public void Success_Value_IsSuccessWithValue()
    {
        var result = Result<int>.Success(42);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);
        Assert.Equal(42, result.Value);
    }

    [Fact]
    public void Failure_CodeAndMessage_CarriesError()
    {
        var result = Result<int>.Failure("x.invalid", "Ongeldig.");

        Assert.False(result.IsSuccess);
        Assert.Equal(new DomainError("x.invalid", "Ongeldig."), result.Error);
    }

    [Fact]
    public void Value_Failure_ThrowsWithMessage()
    {
        var result = Result<int>.Failure("x.invalid", "Ongeldig.");

        var exception = Assert.Throws<InvalidOperationException>(() => result.Value);

        Assert.Contains("Ongeldig.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImplicitConversion_FromValueAndError_BuildsResult()
    {
        Result<string> success = "ok";
        Result<string> failure = new DomainError("x.invalid", "Ongeldig.");

        Assert.Equal("ok", success.Value);
        Assert.Equal("x.invalid", failure.Error?.Code);
    }
}
