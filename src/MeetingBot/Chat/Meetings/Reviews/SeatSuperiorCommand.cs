using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// <c>添加上级 @钱部长</c> / <c>add superior @Qian</c>: the secretary seats the overseer (上级党委 / 组织部) who reviews what
/// the template's <c>reviewers:</c> sends to the superior. The directory says whom he oversees and the domain refuses
/// anyone who is not an overseer of this meeting's unit (<see cref="SeatSuperior"/>). Once seated he is indexed for his
/// 1:1 chat, where review requests reach him, and told so.
/// </summary>
public sealed class SeatSuperiorCommand(MeetingUpdates updates, PeopleDirectoryStore people, MeetingDirectory meetings, PersonalNotices notices) : IChatCommandHandler
{
    private const string NoticeEvent = "superior-seated";

    public ChatCommand Command { get; } = new("review-seat-superior", ["添加上级"], ["add superior"], CollectiveReviewTexts.SeatSuperiorCommand,
        ArgumentShape.Name(new LocalText("@钱部长", "@Qian")));

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var directory = await people.GetAsync(cancellationToken);
        var seated = await updates.ApplyToMentionedAsync(
            turn,
            (meeting, person, actor, now) => new SeatSuperior(meeting.Version, person,
                UnitScope.OverseenBy(directory, InDirectory(directory, person.UserId)), UnitScope.UnitOf(meeting, directory)).Decide(meeting, actor, now),
            (_, person) => CollectiveReviewTexts.SuperiorSeated.In(turn.Locale, MarkdownEscape.Text(person.Name)),
            cancellationToken);
        if (seated is not var (meeting, superior))
        {
            return;
        }

        var channelId = turn.Context.Activity.ChannelId ?? string.Empty;
        await meetings.AddToPersonAsync(channelId, superior.UserId, meeting.Id, cancellationToken);
        var secretary = MarkdownEscape.Text(turn.Context.Activity.From?.Name ?? string.Empty);
        var theme = MarkdownEscape.Text(meeting.Theme);
        await notices.SendAsync(turn.Context, PersonalNotice.Text(channelId, superior.UserId,
            NoticeKeys.For(meeting.Id, NoticeEvent, Coordination.Meetings.DocumentId.Meeting(meeting.Id), meeting.Version, superior.UserId),
            l => CollectiveReviewTexts.SuperiorWelcome.In(l, secretary, theme)), cancellationToken);
    }

    // A meeting's people are known by their channel id: the web chat's (and the platform adapters') directory id, or in
    // Teams the one its mention carries, which the directory keeps as the Teams identity.
    private static DirectoryPerson? InDirectory(PeopleDirectory directory, string userId) =>
        directory.FindWebChatUser(userId) ?? directory.FindByIdentity(IdentityKinds.TeamsAadObjectId, userId);
}
