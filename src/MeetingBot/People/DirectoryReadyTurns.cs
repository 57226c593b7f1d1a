using MeetingBot.BotFramework.Builder;

namespace MeetingBot.People;

/// <summary>
/// The turn pipeline's first step: a turn waits for the directory's start-up (<see cref="DirectoryReadiness"/>), so
/// the first turn of any channel — an administrator's included — finds the configured administrators in place. Once
/// done, a completed task: nothing to wait for.
/// </summary>
public sealed class DirectoryReadyTurns(DirectoryReadiness readiness) : BotFramework.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        await next(cancellationToken);
    }
}
