using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;

namespace MeetingBot.WebChannel;

/// <summary>
/// <c>dotnet MeetingBot.dll invite --meeting &lt;id&gt;</c>: one link per participant of a web chat meeting;
/// <c>invite --person &lt;directory id|phone&gt; [--meeting &lt;id&gt;]</c>: a link for one directory person (before any
/// meeting exists, such as the secretary who will set it up, or to one meeting they are in). People are named by
/// their directory id or phone, never by a typed name. Prints <c>label, person id, link</c> per line,
/// tab-separated; the links are credentials. The operator of the server acts as the service itself.
/// </summary>
public static class InvitationCommandLine
{
    public const string Verb = "invite";
    private const string Usage = "usage: MeetingBot invite --meeting <meeting id> | invite --person <directory id|phone> [--meeting <meeting id>]";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var meetingId = Option(args, "--meeting");
        var who = Option(args, "--person");
        if (meetingId is null && who is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        MeetingDossier? dossier = null;
        if (meetingId is not null)
        {
            dossier = await services.GetRequiredService<MeetingRepository>().GetDossierAsync(unitOfWork: null, meetingId, CancellationToken.None);
            if (dossier is null)
            {
                await error.WriteLineAsync($"No meeting {meetingId}.");
                return 2;
            }

            if (MeetingTurn.ChannelOf(dossier.Meeting) != Channels.DirectLine)
            {
                await error.WriteLineAsync($"Meeting {meetingId} was set up on {MeetingTurn.ChannelOf(dossier.Meeting)}, not in the web chat; its people keep that channel.");
                return 2;
            }
        }

        var directory = await services.GetRequiredService<PeopleDirectoryStore>().GetAsync(CancellationToken.None);
        IEnumerable<(string Shown, DirectoryPerson? Person)> invitees = who is not null
            ? [(who, directory.Find(who) ?? directory.People.FirstOrDefault(p => !string.IsNullOrEmpty(p.Phone) && p.Phone == who))]
            : dossier!.Meeting.Participants.Select(p => (p.Name, directory.FindWebChatUser(p.UserId)));
        var issuer = services.GetRequiredService<InvitationIssuer>();
        var failed = 0;
        foreach (var (shown, person) in invitees)
        {
            var issued = person is null
                ? Failure.NotFound(FailureCodes.PersonNotFound, ("name", shown))
                : await issuer.IssueAsync(dossier, person.Id, issuedBy: null, CancellationToken.None);
            if (!issued.IsSuccess)
            {
                failed++;
                await error.WriteLineAsync($"{shown}\t{FailureTexts.For(issued.Failure).En}");
                continue;
            }

            await output.WriteLineAsync($"{person!.Label}\t{person.Id}\t{issued.Value.Link}");
        }

        return failed == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && !string.IsNullOrWhiteSpace(args[index + 1]) ? args[index + 1] : null;
    }
}
