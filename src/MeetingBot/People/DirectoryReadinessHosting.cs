namespace MeetingBot.People;

public static class DirectoryReadinessHosting
{
    /// <summary>
    /// Requests wait for the directory's start-up (<see cref="DirectoryReadiness"/>): pages, downloads and sign-in read
    /// the directory too. Not the paths given: liveness (the process answers while the start-up runs) and the Bot
    /// Framework endpoint, whose turns wait at the turn pipeline's first step (<see cref="DirectoryReadyTurns"/>), so
    /// the request's reading and authentication overlap the start-up.
    /// </summary>
    public static IApplicationBuilder UseDirectoryReadiness(this IApplicationBuilder app, params PathString[] notWaiting)
    {
        ArgumentNullException.ThrowIfNull(app);
        var readiness = app.ApplicationServices.GetRequiredService<DirectoryReadiness>();
        return app.Use(async (context, next) =>
        {
            if (!readiness.Done.IsCompletedSuccessfully && !Array.Exists(notWaiting, path => context.Request.Path.StartsWithSegments(path)))
            {
                await readiness.WaitAsync(context.RequestAborted);
            }

            await next(context);
        });
    }
}
