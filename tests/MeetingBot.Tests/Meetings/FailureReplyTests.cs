using MeetingBot.Coordination.Outcomes;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Tests.Meetings;

/// <summary>A refusal quotes what was typed: in chat it shows as typed (escaped Markdown), on the command line as plain text.</summary>
public sealed class FailureReplyTests
{
    [Fact]
    public void AChatRefusal_QuotesATypedNameAsText_NeverAsALinkOrBold()
    {
        var failure = Failure.NotFound(FailureCodes.PersonNotFound, ("name", "[**张三**](http://evil.example)"));

        var reply = FailureReply.For(failure, UserLocale.ZhCn);

        Assert.Contains(@"“\[\*\*张三\*\*\](http\://evil\.example)”", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandLineRefusal_QuotesTheNameUnchanged()
    {
        var failure = Failure.NotFound(FailureCodes.PersonNotFound, ("name", "**张三**"));

        Assert.Contains("“**张三**”", FailureReply.Plain(failure, UserLocale.ZhCn), StringComparison.Ordinal);
    }

    [Fact]
    public void TheMissingPartOfAnIncompleteContent_IsStillNamed()
    {
        var failure = Failure.Invalid(FailureCodes.Incomplete, ("field", "reportedTo"));

        Assert.Equal("内容不完整（报告对象）。", FailureReply.For(failure, UserLocale.ZhCn));
    }
}
