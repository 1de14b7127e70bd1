using Ecommerce.Contracts;
using Ecommerce.Notifications.Email.Templates;

namespace Ecommerce.Notifications.Tests;

public sealed class CancellationReasonTests
{
    [Theory]
    [InlineData(CancellationReasons.InsufficientStock, "some of the items are out of stock")]
    [InlineData(CancellationReasons.UnknownProduct, "some of the items are not in our catalogue")]
    [InlineData(CancellationReasons.CustomerCancelled, "you asked us to cancel it")]
    [InlineData(CancellationReasons.ReservationTimeout, "we could not reserve the items in time")]
    [InlineData("SOMETHING_NEW", "of a problem on our side")]
    public void Describe_PutsEachReasonInWords(string reason, string words) =>
        Assert.Equal(words, CancellationEmail.Describe(reason));
}
