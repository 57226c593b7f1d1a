namespace MeetingBot.Demo;

/// <summary>A step of the demo did not go as the process says it must: the demo stops and says which and why.</summary>
public sealed class DemoStepFailedException(string message) : Exception(message);
