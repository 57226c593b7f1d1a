using System.Text;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Audit;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>审计 / audit: the secretary reads who changed what, when and to which version, newest first.</summary>
public sealed class AuditCommand(MeetingUpdates updates, MeetingRepository repository, PeopleDirectoryStore directory) : IChatCommandHandler
{
    public const int MaxLines = 20;

    public ChatCommand Command => SetupCommands.Audit;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope
            || await repository.GetDossierAsync(turn.UnitOfWork, scope.Meeting.Id, cancellationToken) is not { } dossier)
        {
            return;
        }

        var trail = AuditTrail.For(dossier, scope.Actor);
        if (!trail.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(trail.Failure, turn.Locale), cancellationToken);
            return;
        }

        var meeting = dossier.Meeting;
        var names = new AuditNames(meeting, await directory.GetAsync(cancellationToken), turn.Locale);
        var prefix = DocumentId.TextPrefix(meeting.Id);
        var text = new StringBuilder().AppendLine(SetupTexts.AuditHeading.In(turn.Locale, MaxLines));
        foreach (var entry in trail.Value.Reverse().Take(MaxLines))
        {
            // Entries name actions and documents, never content: safe to list for the secretary. Documents are named
            // as people know them (whose outline about whom), never by their id.
            var subject = entry.Subject.StartsWith(prefix, StringComparison.Ordinal) ? entry.Subject[prefix.Length..] : string.Empty;
            text.AppendLine(SetupTexts.AuditLine.In(turn.Locale, MeetingText.Local(entry.At, meeting), names.Of(entry.ActorId),
                AuditActionTexts.For(entry.Action, turn.Locale), AuditSubjectText.For(subject, dossier, scope.Template, names, turn.Locale), entry.Version));
        }

        await turn.Context.SendActivityAsync(text.ToString().TrimEnd(), cancellationToken);
    }
}
