using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>
/// The meeting a turn is about, as <see cref="MeetingResolver"/> found it: the meeting, its template, who acts, and the
/// turn's unit of work (null outside a turn pipeline), which every read and write for this meeting in the turn goes
/// through. Everything else stored for the meeting (<see cref="DossierAsync"/>) is read when a command first asks for
/// it, so a command that needs the meeting alone never lists the meeting's documents.
/// </summary>
public sealed class MeetingInTurn
{
    private readonly MeetingRepository? _repository;
    private MeetingDossier? _dossier;

    /// <summary>Found with everything stored for it, read in one listing.</summary>
    internal MeetingInTurn(MeetingDossier dossier, ProcessTemplate template, Actor actor, TurnUnitOfWork? unitOfWork)
    {
        Meeting = dossier.Meeting;
        Template = template;
        Actor = actor;
        UnitOfWork = unitOfWork;
        _dossier = dossier;
    }

    /// <summary>Found by its header alone; the rest is read through <paramref name="repository"/> when asked for.</summary>
    internal MeetingInTurn(Meeting meeting, ProcessTemplate template, Actor actor, TurnUnitOfWork? unitOfWork, MeetingRepository repository)
    {
        Meeting = meeting;
        Template = template;
        Actor = actor;
        UnitOfWork = unitOfWork;
        _repository = repository;
    }

    public Meeting Meeting { get; }

    public ProcessTemplate Template { get; }

    public Actor Actor { get; }

    public TurnUnitOfWork? UnitOfWork { get; }

    /// <summary>
    /// Everything stored for the meeting, read once for this instance (through the unit of work, so within a turn the
    /// listing itself is one round trip however often it is asked for). It is a snapshot: a command that writes and
    /// then needs what it wrote reads that document again.
    /// </summary>
    public async ValueTask<MeetingDossier> DossierAsync(CancellationToken cancellationToken)
    {
        if (_dossier is { } known)
        {
            return known;
        }

        // The meeting was read a moment ago in this turn; were it gone since, its documents are gone with it.
        var read = await _repository!.GetDossierAsync(UnitOfWork, Meeting.Id, cancellationToken) ?? MeetingDossier.Of(Meeting);
        return _dossier = read;
    }
}
