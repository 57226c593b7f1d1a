namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>
/// A test that needs LibreOffice: skipped with the reason when it is missing outside scripts/test.sh, run (and so
/// failing with the reason) when the test command requires it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Missing is { } missing && !LibreOffice.Required)
        {
            Skip = $"{missing} Set {LibreOffice.RequirementVariable}=required to fail instead of skipping.";
        }
    }
}
