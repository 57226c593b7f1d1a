namespace MeetingBot.DingTalk.Tests.Fakes;

public sealed class StreamBed() : HostBed("Stream");
