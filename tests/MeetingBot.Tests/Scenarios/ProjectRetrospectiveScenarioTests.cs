using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Scenarios;

/// <summary>
/// The second template's whole preparation (project retrospective), in English, entirely through the HTTP pipeline
/// with Memory storage: an organiser, a facilitator and three team members, each with a 1:1 chat.
/// </summary>
public sealed partial class ProjectRetrospectiveScenarioTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string En = "en-US";

    // Every piece of content carries this mark: it must never appear in the team conversation.
    private const string Secret = "[SENTINEL-confidential]";
    private const string Organiser = "Olivia";
    private const string Facilitator = "Frank";
    private static readonly string[] Members = ["Mia", "Noah", "Ava"];

    [Fact]
    public async Task Retrospective_FromSetupToConfirmation_InEnglish_ThroughChatAlone()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.OrganiserAsync(Organiser);
        foreach (var person in (string[])[Organiser, Facilitator, .. Members])
        {
            // The help lists each command's Chinese alias next to the English one, so only its prose is checked.
            var help = string.Join('\n', await PrivatelyAsync(chat, person, "help"));
            Assert.Contains("Commands:", help, StringComparison.Ordinal);
            Assert.Contains("submit", help, StringComparison.Ordinal);
        }

        // new meeting in the team conversation, answered in the organiser's 1:1 chat (Teams as shipped): the
        // retrospective template, theme, date, place, zone, roles by @mention.
        var day = DateTime.UtcNow.AddDays(30);
        Assert.Equal([SetupTexts.ContinuesPrivately.En], await InTeamAsync(chat, "new meeting"));
        Assert.Contains(chat.SentPrivatelyTo(Organiser), t => t.Contains("Project retrospective", StringComparison.Ordinal));
        Assert.Equal([SetupTexts.AskTheme.En], await PrivatelyAsync(chat, Organiser, "Project retrospective"));
        Assert.Equal([SetupTexts.AskWhen.En], await PrivatelyAsync(chat, Organiser, "Checkout redesign retrospective"));
        Assert.Equal([SetupTexts.AskPlace.En], await PrivatelyAsync(chat, Organiser, day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) + " 10:00 am"));
        Assert.Contains("Europe/London", (await PrivatelyAsync(chat, Organiser, "Room 4.02"))[0], StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskLead.En], await PrivatelyAsync(chat, Organiser, "default"));
        Assert.Equal([SetupTexts.AskMembers.En], await PrivatelyAsync(chat, Organiser, "", Facilitator));
        Assert.Equal([SetupTexts.AskDepartmentHeads.En], await PrivatelyAsync(chat, Organiser, "", Members));
        Assert.Equal([SetupTexts.AskSupervisors.En], await PrivatelyAsync(chat, Organiser, "skip"));
        var plan = await PrivatelyAsync(chat, Organiser, "skip");
        Assert.Equal(SetupTexts.AskConfirm.En, plan[^1]);
        AssertEnglish(plan);
        AssertEnglish(await PrivatelyAsync(chat, Organiser, "yes"));

        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal("project-retrospective", meeting.TemplateId);
        Assert.Equal(4, meeting.Members.Count); // the facilitator and the three team members
        Assert.True(meeting.Holds(chat.Id(Facilitator), Role.Lead));

        // talk plan: the facilitator with each member.
        var talkPlan = string.Join('\n', await InTeamAsync(chat, "talk plan"));
        AssertEnglish([talkPlan]);
        Assert.All(Members, m => Assert.Contains(m, talkPlan, StringComparison.Ordinal));

        // Pre-read, retro notes and issues: every member (the facilitator too), in their 1:1 chat; Ava's issues come last.
        string[] team = [Facilitator, .. Members];
        foreach (var member in team)
        {
            await SubmitAsync(chat, member, "submit study", $"1. Project timeline {Secret}\n2. Conversion metrics dashboard");
            // The notes come in one message and read back by section before they are handed in.
            var notes = await PrivatelyAsync(chat, member,
                $"submit notes\nWent well:\n1. Daily stand-ups kept us aligned {Secret}\n2. Pairing on the payment flow\nDid not go well:\n1. Test data arrived late\nIdeas:\n1. Prepare test data in the first sprint");
            Assert.Contains("Did not go well:\n1. Test data arrived late\nIdeas:\n1. Prepare test data", notes[0], StringComparison.Ordinal);
            Assert.Contains(SubmissionTexts.Review.En, notes[0], StringComparison.Ordinal);
            Assert.StartsWith("Handed in", (await PrivatelyAsync(chat, member, "submit"))[0], StringComparison.Ordinal);
            if (member != Members[2])
            {
                await SubmitIssuesAsync(chat, member);
            }
        }

        AssertGroupSafe(await InTeamAsync(chat, "status"));

        // One-to-ones: each member records the talk with the facilitator, who confirms it.
        foreach (var member in Members)
        {
            var asked = await PrivatelyAsync(chat, member, "submit talk", Facilitator);
            Assert.Contains(SubmissionTexts.TalkDate.In(UserLocale.En, Facilitator), asked[0], StringComparison.Ordinal);
            await PrivatelyAsync(chat, member, "today");
            await PrivatelyAsync(chat, member, $"Estimate the test data work up front {Secret}");
            await PrivatelyAsync(chat, member, "Speak up earlier when blocked");
            await PrivatelyAsync(chat, member, "Check in weekly during the next project");
            await PrivatelyAsync(chat, member, "yes");
            Assert.StartsWith("Talk record saved", (await PrivatelyAsync(chat, member, "submit"))[0], StringComparison.Ordinal);
            Assert.Equal([SubmissionTexts.TalkConfirmed.In(UserLocale.En, member)], await PrivatelyAsync(chat, Facilitator, "confirm talk", member));
        }

        // No review by the facilitator in this template: the queue stays empty and there is nothing to approve.
        Assert.Equal([ReviewTexts.NothingToReview.En], await PrivatelyAsync(chat, Facilitator, "reviews"));
        Assert.Equal([ReviewTexts.NoListing.En], await PrivatelyAsync(chat, Facilitator, "approve 1"));

        // The facilitator summary: drafted, circulated, every member comments or says none, finalised.
        Assert.Equal([CollectiveMaterialTexts.Drafted.En], await PrivatelyAsync(chat, Facilitator,
            $"collective material Problem: test data arrived late {Secret}\nTypical case: sprint 3 blocked for four days\nRoot causes: no owner for test data\nDirection: plan data early\nMeasure: name a test data owner at kick-off"));
        AssertEnglish(SetupChat.Texts(await chat.PrivatelyConfirmedAsync(Facilitator, "circulate", En)));
        foreach (var member in Members)
        {
            Assert.Equal([CollectiveMaterialTexts.NoCommentRecorded.En], await PrivatelyAsync(chat, member, "no comment"));
        }

        Assert.Equal([CollectiveMaterialTexts.Finalised.En], SetupChat.Texts(await chat.PrivatelyConfirmedAsync(Facilitator, "finalise", En)));

        // Attendance: everyone attends.
        foreach (var member in team)
        {
            await SubmitAsync(chat, member, "submit attendance yes");
        }

        // With Ava's issue list still missing, confirm meeting is refused and names the gap; her tasks say what is left.
        var refused = string.Join('\n', await InTeamAsync(chat, "confirm meeting"));
        AssertEnglish([refused]);
        Assert.Contains("1 item(s) outstanding", refused, StringComparison.Ordinal);
        Assert.Contains($"{Members[2]}: “Issues” not yet submitted", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, refused, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Preparing, (await chat.StoredAsync(meeting.Id))!.Status);
        var tasks = string.Join('\n', await PrivatelyAsync(chat, Members[2], "my tasks"));
        AssertEnglish([tasks]);
        Assert.Contains("Issues", tasks, StringComparison.Ordinal);

        await SubmitIssuesAsync(chat, Members[2]);

        // status in the team conversation: names, counts and states, never the content of any submission.
        var progress = string.Join('\n', await InTeamAsync(chat, "status"));
        AssertGroupSafe([progress]);
        Assert.Contains("Retro notes: 4/4 done", progress, StringComparison.Ordinal);
        Assert.Contains("Issues: 4/4 done", progress, StringComparison.Ordinal);
        Assert.Contains("One-to-one notes: 3/3 done", progress, StringComparison.Ordinal);
        Assert.Contains("Facilitator summary: 1/1 done", progress, StringComparison.Ordinal);
        Assert.Contains("Talks: 3/3 confirmed", progress, StringComparison.Ordinal);
        Assert.Contains("Attendance: 4 attending", progress, StringComparison.Ordinal);

        var confirmed = string.Join('\n', SetupChat.Texts(await chat.InTeamConfirmedAsync(Organiser, "confirm meeting", En)));
        Assert.Contains("The meeting is confirmed", confirmed, StringComparison.Ordinal);
        AssertEnglish([confirmed]);
        Assert.Equal(MeetingStatus.Confirmed, (await chat.StoredAsync(meeting.Id))!.Status);
    }

    private static Task SubmitIssuesAsync(SetupChat chat, string member) =>
        SubmitAsync(chat, member, "submit problems", $"Process | Late test data {Secret} | Sprint 3 blocked for four days | Noticed myself | acknowledged");

    /// <summary>The team conversation sees names, counts and states — never what anyone wrote.</summary>
    private static void AssertGroupSafe(IEnumerable<string> groupTexts)
    {
        var text = string.Join('\n', groupTexts);
        AssertEnglish([text]);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("test data", text, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertEnglish(IEnumerable<string> replies)
    {
        var text = string.Join('\n', replies);
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.False(Cjk().IsMatch(text), "a reply holds Chinese: " + text);
    }

    private static async Task<List<string>> InTeamAsync(SetupChat chat, string text, params string[] mentioned) =>
        SetupChat.Texts(await chat.InTeamAsync(Organiser, text, En, mentioned));

    private static async Task<List<string>> PrivatelyAsync(SetupChat chat, string person, string text, params string[] mentioned) =>
        SetupChat.Texts(await chat.PrivatelyAsync(person, text, En, mentioned));

    private static Task SubmitAsync(SetupChat chat, string person, string command, params string[] answers) =>
        ScenarioSteps.SubmitAsync(chat, person, En, "submit", "Handed in", command, answers);

    [GeneratedRegex(@"[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex Cjk();
}
