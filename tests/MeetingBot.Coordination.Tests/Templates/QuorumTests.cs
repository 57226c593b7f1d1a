using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Tests.Templates;

public sealed class QuorumTests
{
    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData("0.9", 9, 10)]
    [InlineData("90%", 9, 10)]
    [InlineData("75%", 3, 4)]
    [InlineData("1", 1, 1)]
    public void Quorum_IsReadAsAFraction(string text, int numerator, int denominator)
    {
        Assert.True(Quorum.TryParse(text, out var quorum));
        Assert.Equal(new Quorum(numerator, denominator), quorum);
    }

    [Theory]
    [InlineData(6, 4)]
    [InlineData(5, 4)]
    [InlineData(3, 2)]
    [InlineData(9, 6)]
    public void TwoThirds_IsCountedExactly(int members, int required)
    {
        var quorum = new Quorum(2, 3);

        Assert.Equal(required, quorum.RequiredOf(members));
        Assert.True(quorum.IsMetBy(required, members));
        Assert.False(quorum.IsMetBy(required - 1, members));
    }

    [Fact]
    public void NinetyPercent_OfTenIsNine()
    {
        Assert.True(Quorum.TryParse("0.9", out var quorum));

        Assert.Equal(9, quorum.RequiredOf(10));
    }
}
