using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Quartz;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// The host's Quartz scheduler with every call written down by name, handed out by a scheduler factory of its own,
/// to see which calls a reconcile makes of the job store.
/// </summary>
public class CountedScheduler : DispatchProxy
{
    private object? _target;
    private IScheduler? _handedOut;
    private ConcurrentQueue<string> _calls = new();

    /// <summary>A factory whose every <c>GetScheduler</c> answers <paramref name="scheduler"/>, counted into <paramref name="calls"/>.</summary>
    public static ISchedulerFactory Factory(IScheduler scheduler, ConcurrentQueue<string> calls)
    {
        var counted = Create<IScheduler, CountedScheduler>();
        var proxy = (CountedScheduler)(object)counted;
        (proxy._target, proxy._calls) = (scheduler, calls);
        var factory = Create<ISchedulerFactory, CountedScheduler>();
        ((CountedScheduler)(object)factory)._handedOut = counted;
        return factory;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (_handedOut is { } scheduler)
        {
            return targetMethod.ReturnType == typeof(ValueTask<IScheduler>) ? new ValueTask<IScheduler>(scheduler) : Task.FromResult(scheduler);
        }

        _calls.Enqueue(targetMethod.Name);
        try
        {
            return targetMethod.Invoke(_target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
