namespace MeetingBot.Testing.Loopback;

/// <summary>
/// The services <c>scripts/test.sh</c> starts for the tests (a throwaway PostgreSQL, Azurite), found by the environment
/// variable it sets. Missing means the tests were run outside the test command: they fail loudly rather than skip, so
/// a green run always includes what needs those services.
/// </summary>
public static class TestCommandServices
{
    /// <param name="variable">The variable the test command sets.</param>
    /// <param name="missing">What there is then none of, e.g. "PostgreSQL to test the PostgreSQL provider against".</param>
    /// <param name="howToStart">What the test command does, and any way to provide it by hand.</param>
    public static string Required(string variable, string missing, string howToStart) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set, so there is no {missing}. Run `bash scripts/test.sh`: {howToStart}");
}
