using MeetingBot.Chat;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Phrasing;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Phrasing;

/// <summary>
/// The polite openings of a request (我想要，请…) are read in code, not by the phrases' patterns: they overlap
/// (我想要 is 我想 + 要), which a backtracking engine would take exponential time over on what a user types.
/// </summary>
public sealed class PhraseOpeningsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private IReadOnlyList<ChatCommand> Commands =>
        [.. ChatCommands.BuiltIn, .. factory.Services.GetServices<IChatCommandHandler>().Select(h => h.Command)];

    [Fact]
    public void TheOpeningPattern_SaysTheSameWordsAsTheListTheCodeReads()
    {
        var fromTheList = "(?:(?:" + string.Join("|", PhraseParts.OpeningWords) + ")[" + PhraseParts.OpeningSeparators + "]?)*";

        Assert.Equal(PhraseParts.Opening, fromTheList);
    }

    [Fact]
    public void AnOpening_EndsAtEachPlaceItsWordsCanEnd_LongestFirst()
    {
        // 我想要，请提交: 我想 | 我想要 | 我想要， | 我想要，请 (and 我想 + 要 ends where 我想要 does).
        Assert.Equal([5, 4, 3, 2, 0], PhraseParts.Openings("我想要，请提交"));
        Assert.Equal([0], PhraseParts.Openings("提交学习心得"));
    }

    [Fact]
    public void ARequestAfterThirtyOverlappingOpenings_IsStillUnderstood()
    {
        var said = string.Concat(Enumerable.Repeat("我想要", 30)) + "交学习心得";

        var match = Phrasebook.Understand(said, Commands);

        Assert.Equal(("submit", "学习"), (match.Command?.Id, match.Argument));
    }

    [Theory]
    [InlineData(40, "")]
    [InlineData(39, "了吗")]
    public void OpeningsLeadingNowhere_AreConversation_NotAnEndlessSearch(int repeats, string tail)
    {
        // Every way to split 我想要×n (2^n of them) fails; read in code, this is one pass, not a search through them all.
        var said = string.Concat(Enumerable.Repeat("我想要", repeats)) + tail;
        var outOfTime = Phrase.MatchesOutOfTime;

        Assert.Null(Phrasebook.Understand(said, Commands).Command);
        Assert.Equal(outOfTime, Phrase.MatchesOutOfTime);
    }

    [Fact]
    public void LongRunsOfSeparators_BeforeAReason_AreReadWithoutRunningOutOfTime()
    {
        // 退回1 followed by 100 spaces and a reason: the separators and the reason overlap, polynomially at most.
        var said = "退回1" + new string('，', 100) + "例子不具体";

        var outOfTime = Phrase.MatchesOutOfTime;

        var match = Phrasebook.Understand(said, Commands);

        Assert.Equal("review-return", match.Command?.Id);
        Assert.Equal(outOfTime, Phrase.MatchesOutOfTime);
    }
}
