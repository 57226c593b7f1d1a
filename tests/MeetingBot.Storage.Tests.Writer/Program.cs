// Writes k-0, k-1, … to the SQLite file named by the first argument, one acknowledged write at a time, and prints
// "ack N" only after write N has returned. The durability test kills this process and checks every printed ack.
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.Sqlite;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: MeetingBot.Storage.Tests.Writer <database file>");
    return 2;
}

// The test keeps stdin open; if the test host dies without killing us, stdin closes and we stop instead of
// writing forever.
_ = Task.Run(() =>
{
    Console.In.ReadToEnd();
    Environment.Exit(3);
});

var storage = new SqliteStorage(args[0]);
for (var i = 0; ; i++)
{
    await storage.WriteAsync($"k-{i}", $"{{\"i\":{i}}}", WriteCondition.IfAbsent);
    Console.Out.WriteLine($"ack {i}");
    Console.Out.Flush();
}
