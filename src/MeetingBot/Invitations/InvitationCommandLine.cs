using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Invitations;

/// <summary>
/// <c>dotnet MeetingBot.dll invite --meeting &lt;id&gt;</c>: one link per participant of a web chat meeting;
/// <c>invite --user &lt;id&gt; --name &lt;name&gt;</c>: a link for one person before any meeting exists (the secretary
/// who will set it up). Prints <c>name, user id, link</c> per line, tab-separated; the links are credentials.
/// </summary>
public static class InvitationCommandLine
{
    public const string Verb = "invite";
    private const string Usage = "usage: MeetingBot invite --meeting <meeting id> | invite --user <user id> --name <display name>";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var meetingId = Option(args, "--meeting");
        var userId = Option(args, "--user");
        var name = Option(args, "--name");
        var issuer = services.GetRequiredService<InvitationIssuer>();
        const string createdBy = "command line";
        if (meetingId is not null)
        {
            var meeting = await services.GetRequiredService<MeetingRepository>().GetMeetingAsync(meetingId, CancellationToken.None);
            if (meeting is null)
            {
                await error.WriteLineAsync($"No meeting {meetingId}.");
                return 2;
            }

            if (MeetingTurn.ChannelOf(meeting) != Channels.DirectLine)
            {
                await error.WriteLineAsync($"Meeting {meetingId} was set up on {MeetingTurn.ChannelOf(meeting)}, not in the web chat; its people keep that channel.");
                return 2;
            }

            foreach (var participant in meeting.Participants)
            {
                var issued = await issuer.IssueAsync(meeting.Id, participant.UserId, participant.Name, createdBy, CancellationToken.None);
                await output.WriteLineAsync($"{participant.Name}\t{participant.UserId}\t{issued.Link}");
            }

            return 0;
        }

        if (userId is not null && name is not null)
        {
            var issued = await issuer.IssueAsync(null, userId, name, createdBy, CancellationToken.None);
            await output.WriteLineAsync($"{name}\t{userId}\t{issued.Link}");
            return 0;
        }

        await error.WriteLineAsync(Usage);
        return 2;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && !string.IsNullOrWhiteSpace(args[index + 1]) ? args[index + 1] : null;
    }
}
