namespace MeetingBot.DingTalk.Tests.Fakes;

public sealed class HttpBed() : HostBed("Http");
