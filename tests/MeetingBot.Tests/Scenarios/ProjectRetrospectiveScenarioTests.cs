using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Chat.Meetings;
using MeetingBot.Chat.Meetings.Reporting;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.People;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Scenarios;

/// <summary>
/// The second template's whole process (project retrospective), in English, entirely through the HTTP pipeline with
/// Memory storage: an organiser, a facilitator, three team members, two stakeholders and the sponsor (the superior,
/// an overseer of the team's unit), each with a 1:1 chat. Review runs over more than one level: the facilitator
/// reviews the team's notes and hands one on; his own notes and his summary go to the stakeholders, the summary on to
/// the sponsor; nobody decides his own, and everyone who may not act is told so in English.
/// </summary>
public sealed partial class ProjectRetrospectiveScenarioTests(ClosingScenarioHost host) : IClassFixture<ClosingScenarioHost>
{
    private const string En = "en-US";

    // Every piece of content carries this mark: it must never appear in the team conversation.
    private const string Secret = "[SENTINEL-confidential]";
    private const string Organiser = "Olivia";
    private const string Facilitator = "Frank";
    private const string Sponsor = "Priya";
    private const string OtherOverseer = "Omar";
    private static readonly string[] Members = ["Mia", "Noah", "Ava"];
    private static readonly string[] Stakeholders = ["Sam", "Sara"];

    [Fact]
    public async Task Retrospective_FromSetupToReport_WithReviewByMoreThanOneLevel_InEnglish_ThroughChatAlone()
    {
        var factory = host.Factory;
        await using var chat = await SetupChat.StartAsync(factory);
        // The organiser belongs to the payments team of Acme; the sponsor oversees Acme, Omar another company.
        await TestDirectory.AddAsync(factory.Services, "u-" + chat.Id(Organiser), Organiser, "Acme/Payments", roles: [OrganisationRole.Organiser],
            identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, chat.Id(Organiser)));
        await TestDirectory.AddAsync(factory.Services, "u-" + chat.Id(Sponsor), Sponsor, "Acme", roles: [OrganisationRole.Overseer],
            identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, chat.Id(Sponsor)));
        await TestDirectory.AddAsync(factory.Services, "u-" + chat.Id(OtherOverseer), OtherOverseer, "Globex", roles: [OrganisationRole.Overseer],
            identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, chat.Id(OtherOverseer)));
        foreach (var person in (string[])[Organiser, Facilitator, .. Members, .. Stakeholders])
        {
            // The help lists each command's Chinese alias next to the English one, so only its prose is checked.
            var help = string.Join('\n', await PrivatelyAsync(chat, person, "help"));
            Assert.Contains("Commands:", help, StringComparison.Ordinal);
            Assert.Contains("submit", help, StringComparison.Ordinal);
        }

        // The overseers have talked to the bot before (so it can reach them 1:1), in English.
        await PrivatelyAsync(chat, Sponsor, "help");
        await PrivatelyAsync(chat, OtherOverseer, "help");

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
        var plan = await PrivatelyAsync(chat, Organiser, "", Stakeholders);
        Assert.Equal(SetupTexts.AskConfirm.En, plan[^1]);
        AssertEnglish(plan);
        AssertEnglish(await PrivatelyAsync(chat, Organiser, "yes"));

        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal("project-retrospective", meeting.TemplateId);
        Assert.Equal("Acme/Payments", meeting.Unit);
        Assert.Equal(4, meeting.Members.Count); // the facilitator and the three team members
        Assert.True(meeting.Holds(chat.Id(Facilitator), Role.Lead));

        // The sponsor is seated as the superior: only the organiser may, and only an overseer of this team's unit.
        Assert.Equal(["Only the meeting's secretary can do this. Ask Olivia if it needs doing."], SetupChat.Texts(await chat.InTeamAsync(Members[0], "add superior", En, Sponsor)));
        var otherUnit = string.Join('\n', await InTeamAsync(chat, "add superior", OtherOverseer));
        Assert.StartsWith("Omar oversees Globex and the units below it, not this meeting's unit (Acme/Payments)", otherUnit, StringComparison.Ordinal);
        Assert.Equal([CollectiveReviewTexts.SuperiorSeated.In(UserLocale.En, Sponsor)], await InTeamAsync(chat, "add superior", Sponsor));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Sponsor, t => t.Contains("review, as the superior", StringComparison.Ordinal)));

        // talk plan: the facilitator with each member.
        var talkPlan = string.Join('\n', await InTeamAsync(chat, "talk plan"));
        AssertEnglish([talkPlan]);
        Assert.All(Members, m => Assert.Contains(m, talkPlan, StringComparison.Ordinal));

        // Pre-read, retro notes and issues: every member (the facilitator too), in their 1:1 chat; Ava's issues come last.
        string[] team = [Facilitator, .. Members];
        foreach (var member in team)
        {
            await SubmitAsync(chat, member, "submit study", $"1. Project timeline {Secret}\n2. Conversion metrics dashboard");
            await SubmitNotesAsync(chat, member, 1);
            if (member != Members[2])
            {
                await SubmitIssuesAsync(chat, member);
            }
        }

        AssertGroupSafe(await InTeamAsync(chat, "status"));

        // Review by more than one level. The team's notes are with the facilitator; his own with the stakeholders.
        var notes = await NotesReferencesAsync(factory.Services, chat, meeting.Id);
        var queue = await PrivatelyAsync(chat, Facilitator, "reviews");
        AssertEnglish(queue);
        Assert.DoesNotContain(queue, t => t.Contains(notes[Facilitator], StringComparison.Ordinal));
        Assert.StartsWith("Your Retro notes is reviewed by Stakeholder (Sam, Sara)",
            string.Join('\n', await PrivatelyAsync(chat, Facilitator, $"approve {notes[Facilitator]}")), StringComparison.Ordinal);
        Assert.StartsWith("Frank's Retro notes is reviewed by Stakeholder (Sam, Sara); you cannot approve",
            string.Join('\n', await PrivatelyAsync(chat, Members[0], $"approve {notes[Facilitator]}")), StringComparison.Ordinal);
        Assert.StartsWith("Approved:", Text(await chat.PrivatelyConfirmedAsync(Stakeholders[1], $"approve {notes[Facilitator]}", En)), StringComparison.Ordinal);

        // Mia's notes are returned with a comment; she revises and hands them in again.
        Assert.StartsWith("Returned:", string.Join('\n', await PrivatelyAsync(chat, Facilitator, $"return {notes[Members[0]]} Add one concrete example")), StringComparison.Ordinal);
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Members[0], t => t.Contains("Add one concrete example", StringComparison.Ordinal)));
        await SubmitNotesAsync(chat, Members[0], 2);
        Assert.StartsWith("Approved:", Text(await chat.PrivatelyConfirmedAsync(Facilitator, $"approve {notes[Members[0]]}", En)), StringComparison.Ordinal);

        // Noah's notes are handed on (转交) to a stakeholder, with a reason; then only she decides them.
        Assert.Equal([ReviewTexts.HandedOn.In(UserLocale.En, notes[Members[1]], Stakeholders[0])],
            await PrivatelyAsync(chat, Facilitator, $"hand-on {notes[Members[1]]} {Stakeholders[0]} I paired with Noah all along"));
        // The hand-on reaches her as the item's card, with who handed it on and why.
        Assert.True(await Eventually.TrueAsync(() => chat.Channel.Requests.Any(r => r.Method == "POST"
            && r.PathAndQuery.Contains(Uri.EscapeDataString("personal-" + chat.Id(Stakeholders[0])), StringComparison.Ordinal)
            && r.Body.Contains("I paired with Noah all along", StringComparison.Ordinal))));
        Assert.StartsWith("Noah's Retro notes is reviewed by Sam; you cannot approve",
            string.Join('\n', await PrivatelyAsync(chat, Facilitator, $"approve {notes[Members[1]]}")), StringComparison.Ordinal);
        Assert.StartsWith("Approved:", Text(await chat.PrivatelyConfirmedAsync(Stakeholders[0], $"approve {notes[Members[1]]}", En)), StringComparison.Ordinal);
        Assert.StartsWith("Approved:", Text(await chat.PrivatelyConfirmedAsync(Facilitator, $"approve {notes[Members[2]]}", En)), StringComparison.Ordinal);
        var stored = (await factory.Services.GetRequiredService<MeetingRepository>().GetDossierAsync(null, meeting.Id, CancellationToken.None))!;
        Assert.All(stored.Submissions.Where(s => s.DeliverableId == "retro-notes"), s => Assert.Equal(SubmissionState.Approved, s.State));
        Assert.Equal(chat.Id(Stakeholders[0]), stored.Submissions.Single(s => s.AuthorId == chat.Id(Members[1]) && s.DeliverableId == "retro-notes").Reviews[^1].ByUserId);

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

        // The facilitator summary: drafted, circulated, every member says none, then 'finalise' sends it for review.
        Assert.Equal([CollectiveMaterialTexts.Drafted.En], await PrivatelyAsync(chat, Facilitator,
            $"collective material Problem: test data arrived late {Secret}\nTypical case: sprint 3 blocked for four days\nRoot causes: no owner for test data\nDirection: plan data early\nMeasure: name a test data owner at kick-off"));
        AssertEnglish(SetupChat.Texts(await chat.PrivatelyConfirmedAsync(Facilitator, "circulate", En)));
        foreach (var member in Members)
        {
            Assert.Equal([CollectiveMaterialTexts.NoCommentRecorded.En], await PrivatelyAsync(chat, member, "no comment"));
        }

        Assert.StartsWith("Version 1 of the collective material is sent to Stakeholder", Text(await chat.PrivatelyConfirmedAsync(Facilitator, "finalise", En)), StringComparison.Ordinal);
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Stakeholders[0], t => t.Contains("sent version 1 of the collective material to you for review", StringComparison.Ordinal)));

        // Nobody but its reviewers decides it: not the facilitator, not a member, not an overseer of another unit.
        Assert.StartsWith("The collective material is reviewed by Stakeholder (Sam, Sara); the lead cannot approve, return or hand it on himself.",
            string.Join('\n', await PrivatelyAsync(chat, Facilitator, "collective material approve")), StringComparison.Ordinal);
        Assert.StartsWith("Frank's Facilitator summary is reviewed by Stakeholder (Sam, Sara); you cannot approve",
            string.Join('\n', await PrivatelyAsync(chat, Members[0], "collective material approve")), StringComparison.Ordinal);
        Assert.StartsWith("Frank's Facilitator summary is reviewed by Stakeholder (Sam, Sara)",
            string.Join('\n', await PrivatelyAsync(chat, Sponsor, "collective material approve")), StringComparison.Ordinal);
        Assert.Equal([StatusTexts.NoMeeting.En], await PrivatelyAsync(chat, OtherOverseer, "collective material approve"));

        // A stakeholder returns it with a comment; the facilitator revises, circulates and sends it again.
        Assert.Equal([CollectiveReviewTexts.ReturnUsage.En], await PrivatelyAsync(chat, Stakeholders[0], "collective material return"));
        Assert.Equal([CollectiveReviewTexts.Returned.In(UserLocale.En, 1, Facilitator)],
            await PrivatelyAsync(chat, Stakeholders[0], "collective material return Name an owner for each measure"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Facilitator, t => t.Contains("Name an owner for each measure", StringComparison.Ordinal)));
        Assert.Contains("Review comment (version 1, Sam): Name an owner for each measure", Text(await chat.PrivatelyAsync(Facilitator, "collective material", En)), StringComparison.Ordinal);
        Assert.Equal([CollectiveMaterialTexts.Drafted.En], await PrivatelyAsync(chat, Facilitator, "collective material Measure: Olivia names a test data owner at kick-off"));
        AssertEnglish(SetupChat.Texts(await chat.PrivatelyConfirmedAsync(Facilitator, "circulate", En)));
        Assert.StartsWith("Version 2 of the collective material is sent to Stakeholder", Text(await chat.PrivatelyConfirmedAsync(Facilitator, "finalise", En)), StringComparison.Ordinal);

        // Attendance: everyone attends.
        foreach (var member in team)
        {
            await SubmitAsync(chat, member, "submit attendance yes");
        }

        // The gate names whom it waits for, and what is missing; Ava's tasks say what is left.
        var refused = string.Join('\n', await InTeamAsync(chat, "confirm meeting"));
        AssertEnglish([refused]);
        Assert.Contains("2 item(s) outstanding", refused, StringComparison.Ordinal);
        Assert.Contains($"{Members[2]}: “Issues” not yet submitted", refused, StringComparison.Ordinal);
        Assert.Contains("Waiting for Stakeholder (Sam, Sara) to review: Frank's “Facilitator summary”", refused, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, refused, StringComparison.Ordinal);
        Assert.Contains("Issues", string.Join('\n', await PrivatelyAsync(chat, Members[2], "my tasks")), StringComparison.Ordinal);
        await SubmitIssuesAsync(chat, Members[2]);

        // The stakeholder hands the summary on to the sponsor, who alone sees it now, reads it and approves it.
        Assert.Equal([CollectiveReviewTexts.HandedOn.In(UserLocale.En, Sponsor)],
            await PrivatelyAsync(chat, Stakeholders[0], $"collective material hand-on {Sponsor} the sponsor signs off the summary"));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Sponsor, t => t.Contains("the sponsor signs off the summary", StringComparison.Ordinal)));
        Assert.Equal([CollectiveReviewTexts.InQueue.In(UserLocale.En, 2)], await PrivatelyAsync(chat, Sponsor, "reviews"));
        var summary = Text(await chat.PrivatelyAsync(Sponsor, "collective material", En));
        Assert.Contains("version 2, with Priya for review", summary, StringComparison.Ordinal);
        Assert.Contains("Olivia names a test data owner", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("no comment", summary, StringComparison.OrdinalIgnoreCase); // the members' answers are the facilitator's
        Assert.StartsWith("Frank's Facilitator summary is reviewed by Priya; you cannot approve",
            string.Join('\n', await PrivatelyAsync(chat, Stakeholders[0], "collective material approve")), StringComparison.Ordinal);
        Assert.Equal([CollectiveReviewTexts.Approved.In(UserLocale.En, 2, Facilitator)], SetupChat.Texts(await chat.PrivatelyConfirmedAsync(Sponsor, "collective material approve", En)));
        Assert.NotEmpty(await chat.ReceivedPrivatelyAsync(Facilitator, t => t.Contains("approved version 2 of the collective material", StringComparison.Ordinal)));

        // status in the team conversation: names, counts and states, never the content of any submission.
        var progress = string.Join('\n', await InTeamAsync(chat, "status"));
        AssertGroupSafe([progress]);
        Assert.Contains("Retro notes: 4/4 done", progress, StringComparison.Ordinal);
        Assert.Contains("Issues: 4/4 done", progress, StringComparison.Ordinal);
        Assert.Contains("Facilitator summary: 1/1 done", progress, StringComparison.Ordinal);
        Assert.Contains("Talks: 3/3 confirmed", progress, StringComparison.Ordinal);

        var confirmed = string.Join('\n', SetupChat.Texts(await chat.InTeamConfirmedAsync(Organiser, "confirm meeting", En)));
        Assert.Contains("The meeting is confirmed", confirmed, StringComparison.Ordinal);
        AssertEnglish([confirmed]);

        // Holding the retrospective, then its report: the organiser sends it to the stakeholders, one approves it.
        host.Clock.JumpTo(meeting.StartsAt.AddMinutes(30));
        AssertEnglish(SetupChat.Texts(await chat.InTeamConfirmedAsync(Organiser, "meeting held", En)));
        Assert.Equal(MeetingStatus.Reporting, (await chat.StoredAsync(meeting.Id))!.Status);
        Assert.Contains(ReportingTexts.Submitted.In(UserLocale.En, 1), Text(await chat.PrivatelyAsync(Organiser, "report submit", En)), StringComparison.Ordinal);
        Assert.Contains(ReportingTexts.Approved.In(UserLocale.En, 1), Text(await chat.PrivatelyAsync(Stakeholders[1], "review report approve", En)), StringComparison.Ordinal);
        var audit = Text(await chat.PrivatelyAsync(Organiser, "audit", En));
        Assert.Contains("collective material returned", audit, StringComparison.Ordinal);
        Assert.Contains("collective material review handed on", audit, StringComparison.Ordinal);
    }

    /// <summary>Each member's retro notes by their review reference (notes3), as the reviewers are shown them.</summary>
    private static async Task<Dictionary<string, string>> NotesReferencesAsync(IServiceProvider services, SetupChat chat, string meetingId)
    {
        var dossier = (await services.GetRequiredService<MeetingRepository>().GetDossierAsync(null, meetingId, CancellationToken.None))!;
        return ((string[])[Facilitator, .. Members]).ToDictionary(n => n, n =>
            ReviewReferenceText.Of(dossier.Submissions.Single(s => s.DeliverableId == "retro-notes" && s.AuthorId == chat.Id(n)).Reference!, UserLocale.En));
    }

    private static async Task SubmitNotesAsync(SetupChat chat, string member, int version)
    {
        // The notes come in one message and read back by section before they are handed in.
        var notes = await PrivatelyAsync(chat, member,
            $"submit notes\nWent well:\n1. Daily stand-ups kept us aligned {Secret}\n2. Pairing on the payment flow\nDid not go well:\n1. Test data arrived late\nIdeas:\n1. Prepare test data in the first sprint");
        Assert.Contains("Did not go well:\n1. Test data arrived late\nIdeas:\n1. Prepare test data", notes[0], StringComparison.Ordinal);
        Assert.Contains(SubmissionTexts.Review.En, notes[0], StringComparison.Ordinal);
        Assert.Equal(SubmissionTexts.Submitted.In(UserLocale.En, version), (await PrivatelyAsync(chat, member, "submit"))[0]);
    }

    private static string Text(IEnumerable<System.Text.Json.Nodes.JsonObject> replies) => string.Join('\n', SetupChat.Texts(replies));

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
