using System.Reflection;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Tests.Outcomes;

public sealed class FailureTextsTests
{
    private static IEnumerable<string> AllCodes() =>
        typeof(FailureCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void EveryFailureCode_HasATextInBothLanguages()
    {
        Assert.All(AllCodes(), code =>
        {
            Assert.True(FailureTexts.Covers(code), code);
            var text = FailureTexts.For(new Failure(FailureKind.Invalid, code, new Dictionary<string, string>()));
            Assert.False(string.IsNullOrWhiteSpace(text.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(text.En));
        });
    }

    [Fact]
    public void FailureCodes_AreUnique()
    {
        Assert.Equal(AllCodes().Count(), AllCodes().Distinct().Count());
    }

    [Fact]
    public void Placeholders_AreFilledFromTheFailuresData()
    {
        var failure = Failure.Conflict(FailureCodes.MaterialCommentsMissing, ("names", "刘洋、陈静"));

        var text = FailureTexts.For(failure);

        Assert.Equal("还有成员未提意见：刘洋、陈静。", text.ZhCn);
        Assert.Equal("Still waiting for comments from: 刘洋、陈静.", text.En);
    }

    [Fact]
    public void TheUsersLanguage_PicksTheText_ChineseByDefault()
    {
        var text = FailureTexts.For(Failure.Forbidden(FailureCodes.LeadOnly, ("lead", "迟永生")));

        Assert.Equal("只有主要负责同志可以这样做。如需办理，请联系迟永生。", text.In("zh-CN"));
        Assert.Equal("Only the lead can do this. Ask 迟永生 if it needs doing.", text.In("en-US"));
        Assert.Equal(text.ZhCn, text.In(null));
    }

    [Fact]
    public void ARefusalMadeWithoutTheRoster_StillSaysWhomToAsk_ByOffice()
    {
        var text = FailureTexts.For(Failure.Forbidden(FailureCodes.SecretaryOnly));

        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系领导小组办公室。", text.ZhCn);
        Assert.Equal("Only the meeting's secretary can do this. Ask the organising office if it needs doing.", text.En);
    }

    [Fact]
    public void SeveralSecretaries_AreListedTheWayEachLanguageListsNames()
    {
        var text = FailureTexts.For(Failure.Forbidden(FailureCodes.SecretaryOnly, ("secretary", "王秘书、赵干事"), ("secretary:en", "王秘书, 赵干事")));

        Assert.EndsWith("请联系王秘书、赵干事。", text.ZhCn, StringComparison.Ordinal);
        Assert.EndsWith("Ask 王秘书, 赵干事 if it needs doing.", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCode_StillGetsAText_WithoutShowingTheCode()
    {
        var text = FailureTexts.For(Failure.Invalid("x.y"));

        Assert.DoesNotContain("x.y", text.ZhCn, StringComparison.Ordinal);
        Assert.DoesNotContain("x.y", text.En, StringComparison.Ordinal);
        Assert.StartsWith("操作未完成", text.ZhCn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("typicalCase", "内容不完整（典型事例）。", "Incomplete (a typical case).")]
    [InlineData("a-new-field", "内容不完整（必填项）。", "Incomplete (a required part).")]
    public void AnIncompleteContent_NamesTheMissingPart_InTheReadersLanguage_NeverByItsKey(string field, string zh, string en)
    {
        var text = FailureTexts.For(Failure.Invalid(FailureCodes.Incomplete, ("field", field)));

        Assert.Equal(zh, text.ZhCn);
        Assert.Equal(en, text.En);
    }

    [Fact]
    public void ReadingTheValueOfAFailure_IsABug()
    {
        Outcome<int> outcome = Failure.Invalid(FailureCodes.Incomplete);

        Assert.Throws<InvalidOperationException>(() => outcome.Value);
        Assert.Equal("Failure(Invalid, submission.incomplete)", outcome.ToString());
    }
}
