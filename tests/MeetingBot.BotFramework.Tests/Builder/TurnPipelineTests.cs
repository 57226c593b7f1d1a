using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.Builder;

/// <summary>The turn pipeline runs in the one order declared, and middleware registered any other way is refused.</summary>
public sealed class TurnPipelineTests
{
    [Fact]
    public async Task TheDeclaredOrder_IsTheOrderTheMiddlewareRuns()
    {
        var order = new List<string>();
        await using var services = BotFrameworkHost.Build(new Dictionary<string, string?>(), configure: s =>
        {
            s.AddSingleton(order);
            s.AddTurnPipeline([typeof(Second), typeof(First)]);
        });

        await services.GetRequiredService<MiddlewareSet>().RunAsync(null!, (_, _) =>
        {
            order.Add("bot");
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(["second", "first", "bot"], order);
    }

    [Fact]
    public async Task TheProtocolPipeline_KeepsReferencesOutsideTheUnitOfWork()
    {
        Assert.Equal([typeof(ConversationReferenceMiddleware), typeof(TurnUnitOfWorkMiddleware)], BotFrameworkServiceCollectionExtensions.ProtocolPipeline);
        await using var services = BotFrameworkHost.Build(new Dictionary<string, string?>());

        Assert.NotNull(services.GetRequiredService<MiddlewareSet>());
    }

    [Fact]
    public async Task MiddlewareRegisteredAsIMiddleware_StopsStartUp_NamingWhereItBelongs()
    {
        await using var services = BotFrameworkHost.Build(new Dictionary<string, string?>(), configure: s =>
        {
            s.AddSingleton(new List<string>());
            s.AddSingleton<IMiddleware, First>();
        });

        var refused = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<MiddlewareSet>());

        Assert.Contains("AddTurnPipeline", refused.Message, StringComparison.Ordinal);
    }

    private sealed class First(List<string> order) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            order.Add("first");
            return next(cancellationToken);
        }
    }

    private sealed class Second(List<string> order) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            order.Add("second");
            return next(cancellationToken);
        }
    }
}
