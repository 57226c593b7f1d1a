using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.Overview;

/// <summary>
/// What one meeting of a unit reported upward and the superior may read: the report of date and theme (上报), and
/// the special report once it was submitted upward (its latest version, as the supervisors approved it). Never an
/// outline, talk note or self-examination draft: those are not reported upward and are not here.
/// </summary>
public sealed record ReportedMaterials(UnitProgress Progress, ReportUpward? DateAndTheme, ReportVersion? SpecialReport);
