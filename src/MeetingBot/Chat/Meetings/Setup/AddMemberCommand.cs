using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 添加成员 @x / add member @x: the secretary adds a team member; the domain checks and records it. The new member is
/// then a participant everywhere, as if set up with the meeting: indexed for his 1:1 chat, sent his task list, and
/// (for a web chat meeting) given an invitation.
/// </summary>
public sealed class AddMemberCommand(
    MeetingUpdates updates, MeetingRepository repository, TemplateLibrary templates, MeetingAnnouncer announcer, IEnumerable<INewMemberFollower> followers)
    : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.AddMember;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var added = await updates.ApplyToMentionedAsync(
            turn,
            (meeting, person, actor, now) => new AddParticipant(meeting.Version, person, [Role.Member], null, null).Decide(meeting, actor, now),
            (_, person) => SetupTexts.MemberAdded.In(turn.Locale, MarkdownEscape.Text(person.Name)),
            // Indexed before the meeting is stored, as set-up does: a turn cut off after the save (the reminders being
            // rescheduled) must not leave him a participant his 1:1 chat cannot find. A refused add leaves an entry
            // that readers pass over like any other.
            (meeting, person, ct) => announcer.IndexPersonAsync(meeting, person.UserId, ct),
            cancellationToken);
        if (added is not { } change || change.Meeting.Find(change.Person.UserId) is not { } participant)
        {
            return;
        }

        var dossier = await repository.GetDossierAsync(turn.UnitOfWork, change.Meeting.Id, cancellationToken) ?? MeetingDossier.Of(change.Meeting);
        var template = templates.Find(change.Meeting.TemplateId);
        if (template is not null && !await announcer.WelcomeAsync(turn.Context, dossier, template, participant, cancellationToken))
        {
            await turn.Context.SendActivityAsync(SetupTexts.Unreachable.In(turn.Locale, MarkdownEscape.Text(participant.Name)), cancellationToken);
        }

        foreach (var follower in followers)
        {
            await follower.MemberAddedAsync(turn, change.Meeting, participant, cancellationToken);
        }
    }
}
