using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.Templates;

/// <summary>A deliverable's <c>reviewers:</c> (who reviews whose items), read and checked like the rest of a template.</summary>
public sealed class ReviewerRulesTests
{
    private const string Approval = "    approval: true\n    deadline: -2d\n";

    [Fact]
    public void Reviewers_AreReadPerAuthorRole_FirstRoleFirst()
    {
        var result = TemplateParser.Parse(MinimalTemplate.Source, With("    reviewers:\n      lead: [supervisor]\n      member: [lead, supervisor]\n"));

        Assert.Empty(result.Errors);
        Assert.Equal(
            [new ReviewerRule(Role.Lead, [Role.Supervisor]), new ReviewerRule(Role.Member, [Role.Lead, Role.Supervisor])],
            result.Template!.FindDeliverable("outline")!.ReviewerRules.Select(r => r with { Reviewers = [.. r.Reviewers] }),
            new RuleComparer());
    }

    [Theory]
    [InlineData("    reviewers:\n      lead: [member]\n", "'member' does not review")]
    [InlineData("    reviewers:\n      lead: [overseer]\n", "unknown reviewer role 'overseer'")]
    [InlineData("    reviewers:\n      boss: [lead]\n", "unknown author role 'boss'")]
    [InlineData("    reviewers:\n      lead: []\n", "'lead' needs at least one reviewer role")]
    public void WrongReviewers_AreReportedAtTheirLine(string reviewers, string reason)
    {
        var result = TemplateParser.Parse(MinimalTemplate.Source, With(reviewers));

        Assert.Null(result.Template);
        Assert.Contains(result.Errors, e => e.Reason.StartsWith(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Reviewers_WithoutApproval_AreRefused()
    {
        var text = MinimalTemplate.Text.Replace("    deadline: -3d 18:00\n", "    deadline: -3d 18:00\n    reviewers:\n      lead: [supervisor]\n", StringComparison.Ordinal);

        var result = TemplateParser.Parse(MinimalTemplate.Source, text);

        Assert.Contains(result.Errors, e => e.Reason == "'reviewers' applies only to a deliverable with 'approval: true'");
    }

    private static string With(string reviewers)
    {
        Assert.Contains(Approval, MinimalTemplate.Text, StringComparison.Ordinal);
        return MinimalTemplate.Text.Replace(Approval, Approval + reviewers, StringComparison.Ordinal);
    }

    private sealed class RuleComparer : IEqualityComparer<ReviewerRule>
    {
        public bool Equals(ReviewerRule? x, ReviewerRule? y) => x?.Author == y?.Author && (x?.Reviewers ?? []).SequenceEqual(y?.Reviewers ?? []);

        public int GetHashCode(ReviewerRule obj) => obj.Author.GetHashCode();
    }
}
