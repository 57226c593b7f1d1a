using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Tests.Templates;

/// <summary>A broken template is rejected with the source name, the line of the offending node and the reason.</summary>
public sealed class BrokenTemplateTests
{
    private static TemplateError SingleError(string text)
    {
        var result = TemplateParser.Parse(MinimalTemplate.Source, text);
        Assert.Null(result.Template);
        return Assert.Single(result.Errors);
    }

    private static string Spoil(string fragment, string replacement)
    {
        Assert.Contains(fragment, MinimalTemplate.Text, StringComparison.Ordinal);
        return MinimalTemplate.Text.Replace(fragment, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimalTemplate_IsValid()
    {
        var result = TemplateParser.Parse(MinimalTemplate.Source, MinimalTemplate.Text);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Template!.Version);
    }

    [Fact]
    public void MaterialReview_OnAnythingButASelfExamination_IsRejectedWhereItsSettingsStand()
    {
        var text = Spoil("    name: { zh-CN: 学习, en: Study }\n", "    name: { zh-CN: 学习, en: Study }\n    materialReview:\n      familyRuleWords: [家属]\n");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "familyRuleWords"), error.Line);
        Assert.Contains("'materialReview' applies only to self-examination materials", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MaterialReview_NamingAnUnknownCategoryOrSource_IsRejected()
    {
        var text = Spoil("    name: { zh-CN: 学习, en: Study }\n",
            "    name: { zh-CN: 学习, en: Study }\n    materialReview:\n      namedCategories: [formalism]\n      answerSources: [masses]\n");

        var result = TemplateParser.Parse(MinimalTemplate.Source, text);

        Assert.Contains(result.Errors, e => e.Reason.Contains("unknown problem category 'formalism'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Reason.Contains("unknown problem source 'masses'", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownPhaseReference_IsReportedAtItsLine()
    {
        var text = Spoil("    phase: prepare\n    owner: member\n    deadline: -3d", "    phase: nowhere\n    owner: member\n    deadline: -3d");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.Source, error.Source);
        Assert.Equal(MinimalTemplate.LineOf(text, "phase: nowhere"), error.Line);
        Assert.Contains("unknown phase 'nowhere'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+1d")]
    [InlineData("0d 18:00")]
    [InlineData("2d 09:00")]
    public void DeadlineAfterTheMeeting_IsRejectedAtItsLine(string offset)
    {
        var text = Spoil("deadline: -3d 18:00", "deadline: " + offset);

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "deadline: " + offset), error.Line);
        Assert.Contains("after the meeting", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3 days")]
    [InlineData("-3d 25:00")]
    [InlineData("tomorrow")]
    public void UnreadableDeadline_IsRejectedAtItsLine(string offset)
    {
        var text = Spoil("deadline: -3d 18:00", "deadline: " + offset);

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "deadline: " + offset), error.Line);
        Assert.Contains("must be an offset", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingEnglishText_IsReportedAtTheTextsLine()
    {
        var text = Spoil("name: { zh-CN: 学习, en: Study }", "name: { zh-CN: 学习 }");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "name: { zh-CN: 学习 }"), error.Line);
        Assert.Contains("missing its en text", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingChineseText_IsReportedAtTheTextsLine()
    {
        var text = Spoil("name: { zh-CN: 准备, en: Prepare }", "name: { en: Prepare }");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "name: { en: Prepare }"), error.Line);
        Assert.Contains("missing its zh-CN text", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankText_IsRejected()
    {
        var text = Spoil("name: { zh-CN: 提纲, en: Outline }", "name: { zh-CN: 提纲, en: \"  \" }");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "zh-CN: 提纲"), error.Line);
    }

    [Fact]
    public void MisspelledKey_IsReportedAsUnknownAtItsLine()
    {
        var text = Spoil("    deadline: -2d\n", "    deadlin: -2d\n");

        var result = TemplateParser.Parse(MinimalTemplate.Source, text);

        Assert.Contains(result.Errors, e => e.Reason == "unknown key 'deadlin'" && e.Line == MinimalTemplate.LineOf(text, "deadlin:"));
        Assert.Contains(result.Errors, e => e.Reason == "missing 'deadline'");
    }

    [Fact]
    public void UnclosedYaml_IsReportedAtTheEnd()
    {
        var text = Spoil("talkPairing: [lead-with-each-member]", "talkPairing: [lead-with-each-member");

        var error = SingleError(text);

        Assert.StartsWith("not valid YAML", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Line >= MinimalTemplate.LineOf(text, "talkPairing:"));
    }

    [Fact]
    public void InvalidYaml_IsReportedAtItsLine()
    {
        var text = Spoil("    order: 1\n", "    order: 1\n   broken: [\n");

        var error = SingleError(text);

        Assert.StartsWith("not valid YAML", error.Reason, StringComparison.Ordinal);
        Assert.InRange(error.Line, MinimalTemplate.LineOf(text, "order: 1"), MinimalTemplate.LineOf(text, "broken:") + 1);
    }

    [Fact]
    public void UnknownRequiredAspect_IsReportedAtItsLine()
    {
        var text = Spoil("requiredAspects: [work]", "requiredAspects: [work, honesty]");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "requiredAspects"), error.Line);
        Assert.Contains("unknown aspect 'honesty'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDeliverableInReadiness_IsReportedAtItsLine()
    {
        var text = Spoil("require: [check-in, outline]", "require: [check-in, outlines]");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "require:"), error.Line);
        Assert.Contains("unknown deliverable 'outlines'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("0")]
    [InlineData("most")]
    public void ImpossibleQuorum_IsRejected(string fraction)
    {
        var text = Spoil("fraction: 2/3", "fraction: " + fraction);

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "fraction:"), error.Line);
        Assert.Contains("quorum", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportDueLaterThanTheDaysAheadRule_IsRejected()
    {
        var text = Spoil("deadline: -10d 18:00", "deadline: -7d 18:00");

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "daysAhead"), error.Line);
        Assert.Contains("later than the 10 days ahead", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiringApprovalOfWhatTheLeadDoesNotReview_IsRejected()
    {
        var text = Spoil("require: [check-in, outline]", "require: [{ deliverable: check-in, state: approved }, outline]");

        var error = SingleError(text);

        Assert.Contains("cannot be required as 'approved'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateId_IsRejectedAtTheSecondOne()
    {
        var text = Spoil("  - id: report\n", "  - id: outline\n");

        var error = SingleError(text.Replace("  reportUpward: { deliverable: report, daysAhead: 10 }\n", "", StringComparison.Ordinal));

        Assert.Contains("duplicate deliverable id 'outline'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: study-check-in", "kind: reading", "unknown deliverable kind 'reading'")]
    [InlineData("owner: secretary", "owner: chairman", "unknown role 'chairman'")]
    [InlineData("talkPairing: [lead-with-each-member]", "talkPairing: [everyone]", "unknown pairing rule 'everyone'")]
    [InlineData("version: 2", "version: two", "'version' must be a whole number")]
    [InlineData("approval: true", "approval: maybe", "'approval' must be true or false")]
    [InlineData("  - id: prepare", "  - id: Prepare Phase", "must be lower-case letters")]
    public void WrongValue_IsReportedWithItsReason(string fragment, string replacement, string reason)
    {
        var text = Spoil(fragment, replacement);

        var result = TemplateParser.Parse(MinimalTemplate.Source, text);

        Assert.Contains(result.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal) && e.Line == MinimalTemplate.LineOf(text, replacement.Trim()));
    }

    [Fact]
    public void CriticismOutlinesOwedByTheSecretary_AreRejected()
    {
        var text = Spoil("    approval: true\n    deadline: -2d", "    approval: true\n    deadline: -2d").Replace(
            "kind: criticism-outline\n    phase: prepare\n    owner: member", "kind: criticism-outline\n    phase: prepare\n    owner: secretary", StringComparison.Ordinal);

        var error = SingleError(text);

        Assert.Contains("owner: member", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTimeZone_IsRejected()
    {
        var text = MinimalTemplate.Text.Replace("version: 2\n", "version: 2\ntimeZone: Mars/Olympus\n", StringComparison.Ordinal);

        var error = SingleError(text);

        Assert.Equal(MinimalTemplate.LineOf(text, "timeZone"), error.Line);
    }

    [Fact]
    public void EveryErrorIsReported_NotOnlyTheFirst()
    {
        var text = Spoil("phase: prepare\n    owner: member\n    deadline: -3d 18:00", "phase: nowhere\n    owner: member\n    deadline: +3d");

        var result = TemplateParser.Parse(MinimalTemplate.Source, text);

        Assert.Equal(2, result.Errors.Count);
        Assert.True(result.Errors[0].Line < result.Errors[1].Line);
    }

    [Fact]
    public void ParseOrThrow_NamesFileLineAndReason()
    {
        var text = Spoil("deadline: -3d 18:00", "deadline: +1d");

        var exception = Assert.Throws<InvalidTemplateException>(() => TemplateParser.ParseOrThrow("broken.yaml", text));

        Assert.Contains($"broken.yaml:{MinimalTemplate.LineOf(text, "deadline: +1d")}:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("after the meeting", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateLibrary_RejectsABrokenFile_AndDuplicateIds()
    {
        var broken = Spoil("deadline: -3d 18:00", "deadline: +1d");

        var exception = Assert.Throws<InvalidTemplateException>(() => TemplateLibrary.Parse([("a.yaml", MinimalTemplate.Text), ("b.yaml", broken)]));
        Assert.All(exception.Errors, e => Assert.Equal("b.yaml", e.Source));
        Assert.Throws<ArgumentException>(() => TemplateLibrary.Parse([("a.yaml", MinimalTemplate.Text), ("c.yaml", MinimalTemplate.Text)]));
        Assert.NotNull(TemplateLibrary.Parse([("a.yaml", MinimalTemplate.Text)]).Find("minimal"));
    }

    [Fact]
    public void ADocumentThatIsNotAMapping_IsRejected()
    {
        var error = SingleError("- just\n- a list\n");

        Assert.Equal(1, error.Line);
    }
}
