using MeetingBot.BotFramework.Builder;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.State;

/// <summary>Opens the turn's <see cref="TurnUnitOfWork"/>: everything after it in the pipeline is committed together.</summary>
public sealed class TurnUnitOfWorkMiddleware(IEnumerable<BotState> states, ILogger<TurnUnitOfWork> logger) : IMiddleware
{
    private readonly BotState[] _states = [.. states];

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken) =>
        new TurnUnitOfWork(turnContext, _states, logger).RunAsync(next, cancellationToken);
}
