using System.Text;
using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Help;

/// <summary>
/// Help for the person asking: their role in their meeting, the meeting's phase, and the three or four things they
/// can do now (their soonest open tasks first, as the command that opens the form, then what their role does in this
/// phase). Null when the turn has no meeting they take part in: they get the full help instead.
/// </summary>
public sealed class PersonalHelp(MeetingResolver current, TimeProvider time)
{
    private const int MostSuggestions = 4;
    private const int MostTasks = 2;

    public async Task<PersonalHelpText?> ForAsync(ITurnContext context, UserLocale locale, IReadOnlyList<ChatCommand> commands, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierAsync(context, cancellationToken) is not { } found || found.Meeting.Find(found.Actor.UserId) is not { } me)
        {
            return null;
        }

        var dossier = await found.DossierAsync(cancellationToken);

        var meeting = found.Meeting;
        var tasks = PersonalTasks.For(dossier, found.Template, found.Actor, time.GetUtcNow());
        var suggestions = new List<(string Command, string What)>();
        if (tasks.IsSuccess && meeting.Status is MeetingStatus.Preparing or MeetingStatus.Confirmed)
        {
            foreach (var line in tasks.Value.Open)
            {
                if (TaskNextStep.For(line, found.Template, locale) is { } command && suggestions.Count < MostTasks)
                {
                    var name = MeetingText.In(line.DeliverableName, locale) + (line.WithName is null ? string.Empty : StatusTexts.WithPerson.In(locale, MarkdownEscape.Text(line.WithName)));
                    suggestions.Add((command, HelpTexts.OpenTaskSuggestion.In(locale, name)));
                }
            }
        }

        var awaitingReview = tasks.IsSuccess && tasks.Value.AwaitingMyReview > 0;
        foreach (var id in RoleCommands(me, meeting.Status, awaitingReview))
        {
            if (commands.FirstOrDefault(c => c.Id == id) is { } command && suggestions.All(s => s.Command != command.Primary(locale)))
            {
                suggestions.Add((command.Primary(locale), command.Description.In(locale)));
            }
        }

        suggestions = [.. suggestions.Take(MostSuggestions)];
        var text = new StringBuilder()
            .AppendLine(HelpTexts.YouAre.In(locale, MarkdownEscape.Text(meeting.Theme), RoleNames(me, locale), PhaseName(meeting.Status, locale)))
            .AppendLine()
            .AppendLine(HelpTexts.YouCanNow.In(locale))
            .AppendLine();
        foreach (var (command, what) in suggestions)
        {
            // A command may carry a person's name as typed: shown as typed, never as Markdown.
            text.AppendLine(HelpTexts.Suggestion.In(locale, MarkdownEscape.Text(command), what));
        }

        text.AppendLine().Append(HelpTexts.AllCommandsHint.In(locale));
        return new PersonalHelpText(text.ToString(), [.. suggestions.Select(s => s.Command)]);
    }

    /// <summary>What each role does in each phase, most useful first (ids of the commands, which help describes).</summary>
    private static IEnumerable<string> RoleCommands(Participant me, MeetingStatus status, bool awaitingReview)
    {
        var preparing = status is MeetingStatus.Preparing or MeetingStatus.Confirmed;
        if (me.Holds(Role.Lead))
        {
            if (awaitingReview)
            {
                yield return "reviews";
            }

            if (preparing)
            {
                yield return "collective-material";
                yield return "confirm-meeting";
            }
        }

        if (me.Holds(Role.Secretary))
        {
            yield return "status";
            if (preparing)
            {
                yield return "meeting.invite-links";
                yield return "reminders.now";
                yield return "meeting.notice";
            }
            else
            {
                yield return "special-report";
            }
        }

        if (status == MeetingStatus.Reporting)
        {
            yield return "rectification";
        }

        if (me.Holds(Role.Supervisor))
        {
            yield return "status";
            yield return "run-sheet";
        }

        yield return "my-tasks";
        yield return "my-submissions";
        yield return "status";
    }

    private static string RoleNames(Participant me, UserLocale locale) =>
        UserLocales.List(locale, me.Roles.Distinct().Select(role => (role switch
        {
            Role.Secretary => HelpTexts.RoleSecretary,
            Role.Lead => HelpTexts.RoleLead,
            Role.Member => HelpTexts.RoleMember,
            Role.DepartmentHead => HelpTexts.RoleDepartmentHead,
            Role.Superior => HelpTexts.RoleSuperior,
            _ => HelpTexts.RoleSupervisor,
        }).In(locale)));

    private static string PhaseName(MeetingStatus status, UserLocale locale) => (status switch
    {
        MeetingStatus.Preparing => HelpTexts.PhasePreparing,
        MeetingStatus.Confirmed => HelpTexts.PhaseConfirmed,
        MeetingStatus.Reporting => HelpTexts.PhaseReporting,
        _ => HelpTexts.PhaseCancelled,
    }).In(locale);
}
