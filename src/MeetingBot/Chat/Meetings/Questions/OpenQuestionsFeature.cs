namespace MeetingBot.Chat.Meetings.Questions;

public static class OpenQuestionsFeature
{
    /// <summary>Answers in context: questions asked 1:1 that a short answer answers.</summary>
    public static IServiceCollection AddOpenQuestions(this IServiceCollection services)
    {
        services.AddSingleton<OpenQuestionStore>();
        services.AddSingleton<OpenQuestions>();
        return services;
    }
}
