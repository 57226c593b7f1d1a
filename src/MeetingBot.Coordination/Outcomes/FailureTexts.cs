using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Outcomes;

/// <summary>
/// The zh-CN and en wording of every <see cref="FailureCodes"/> code, with named placeholders filled from
/// <see cref="Failure.Data"/>. The front may use these as they are or map the stable codes to its own texts.
/// </summary>
public static class FailureTexts
{
    private static readonly Dictionary<string, BilingualText> Texts = new(StringComparer.Ordinal)
    {
        [FailureCodes.OtherTenant] = new("这个会议不属于你所在的组织。请发送“切换会议”选择你参加的会议。", "This meeting belongs to another organisation. Send \"switch meeting\" to pick one of yours."),
        [FailureCodes.NotAParticipant] = new("你不是这个会议的参会人员。如应参会，请联系领导小组办公室将你列入名单。", "You are not a participant of this meeting. If you should be, ask its organising office to add you."),
        [FailureCodes.SecretaryOnly] = new("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系{secretary}。", "Only the meeting's secretary can do this. Ask {secretary} if it needs doing."),
        [FailureCodes.DeadlineSecretaryOnly] = new(
            "截止时间由会议组织者（领导小组办公室）调整。确需延期的，请向{secretary}说明原因，由其办理。",
            "Deadlines are moved by the meeting's secretary. If you need more time, ask {secretary}, giving your reason."),
        [FailureCodes.LeadOnly] = new("只有主要负责同志可以这样做。如需办理，请联系{lead}。", "Only the lead can do this. Ask {lead} if it needs doing."),
        [FailureCodes.SecretaryOrLeadOnly] = new("只有会议组织者或主要负责同志可以确认会议。请联系{secretary}或{lead}。", "Only the secretary or the lead can confirm the meeting. Ask {secretary} or {lead}."),
        [FailureCodes.AuthorOnly] = new("只有作者本人可以修改或提交。你自己的材料请发送“我的提交”查看。", "Only its author can change or submit it. Send \"my submissions\" to see your own."),
        [FailureCodes.NotOwed] = new("这项材料不由你提交。发送“我的提交”可查看你需要提交的材料。", "This deliverable is not yours to hand in. Send \"my submissions\" to see what you owe."),
        [FailureCodes.NotVisible] = new("你无权查看这项内容。你自己的材料请发送“我的提交”查看。", "You may not see this. Send \"my submissions\" to see your own."),
        [FailureCodes.NotYetDisclosed] = new("对你的批评意见审定后才会向你明示。", "Criticism of you is shown to you once the lead has approved it."),
        [FailureCodes.NotAParty] = new("只有谈话双方可以查看或记录这次谈话。发送“谈话方案”可查看你的谈话安排。", "Only the two people who talked can see or record this talk. Send \"talk plan\" to see your own talks."),
        [FailureCodes.OtherPartyConfirms] = new("谈话记录由记录人以外的另一方确认，请提醒{other}确认。", "The other party confirms the talk record; remind {other} to confirm it."),
        [FailureCodes.MembersOnly] = new("只有班子成员可以对班子材料提意见。如有意见，可向{lead}反映。", "Only team members comment on the collective material. Tell {lead} if you have a view on it."),
        [FailureCodes.SupervisorOnly] = new("只有督导组可以审阅专题报告。如需催促审阅，请联系{secretary}。", "Only the supervisors review the special report. Ask {secretary} to chase the review if needed."),
        [FailureCodes.OnlyAuthorWithdraws] = new("只有作者本人可以撤回自己提交的材料。主要负责同志可用“退回 <编号> <意见>”退回。", "Only its author can withdraw an item. The lead can return it instead: return <ref> <comment>."),
        [FailureCodes.TaskOwnerOnly] = new("只有整改任务的责任人可以报告进展，请提醒{owner}报告。", "Only the task's owner reports its progress; remind {owner} to report it."),
        [FailureCodes.TaskManagersOnly] = new("只有会议组织者或主要负责同志可以更正、拆分、撤销或验收整改任务。如任务有误，请联系{secretary}。", "Only the secretary or the lead corrects, splits, withdraws or accepts rectification tasks. If a task is wrong, tell {secretary}."),
        [FailureCodes.OwnAcceptance] = new("不能验收自己负责的整改任务，请由会议组织者或主要负责同志验收。", "You cannot accept your own task; the secretary or the lead accepts it."),
        [FailureCodes.ImmediateTaskOwnerOrSecretary] = new("即知即改任务由问题所属的班子成员本人或会议组织者开立，请告知本人或{secretary}。", "An immediate task is opened by the member whose problem it is, or by the secretary; tell them or {secretary}."),

        [FailureCodes.MeetingNotFound] = new("没有找到这个会议。", "No such meeting."),
        [FailureCodes.ParticipantNotFound] = new("{name}不在参会名单中。", "{name} is not on the roster."),
        [FailureCodes.DeliverableNotFound] = new("这个会议没有“{deliverable}”这项材料。", "This meeting has no deliverable “{deliverable}”."),
        [FailureCodes.SubmissionNotFound] = new("没有找到这份材料。", "No such submission."),
        [FailureCodes.TemplateNotFound] = new("没有找到这个会议模板。", "No such process template."),
        [FailureCodes.PairNotInPlan] = new("{one}与{other}的谈话不在谈心谈话方案中。", "A talk between {one} and {other} is not in the talk plan."),
        [FailureCodes.TalkRecordNotFound] = new("这次谈话还没有记录。", "This talk has not been recorded yet."),
        [FailureCodes.MaterialNotFound] = new("班子对照检查材料还没有起草。", "The collective material has not been drafted yet."),
        [FailureCodes.ReportNotFound] = new("专题报告还没有提交审阅。", "The special report has not been submitted for review yet."),
        [FailureCodes.TaskNotFound] = new("没有第{number}项整改任务。", "There is no rectification task {number}."),

        [FailureCodes.AdministratorOnly] = new("只有管理员可以维护人员名录。管理员：{administrators}。", "Only an administrator keeps the directory. Administrators: {administrators}."),
        [FailureCodes.OrganiserOnly] = new("只有会议组织者（办公室/组织委员）可以新建会议。请联系管理员（{administrators}）授予组织者权限。", "Only organisers may set up meetings. Ask an administrator ({administrators}) to make you one."),
        [FailureCodes.PersonNotFound] = new("人员名录中没有“{name}”。请管理员先添加此人（管理员 添加 姓名 单位 职务 手机号），或导入花名册。", "“{name}” is not in the directory. An administrator adds people first (admin add …) or imports the roster."),
        [FailureCodes.PersonNameRequired] = new("姓名不能为空。", "A name is required."),
        [FailureCodes.DuplicatePhone] = new("手机号{phone}已属于{name}。", "Phone {phone} already belongs to {name}."),
        [FailureCodes.DuplicateIdentity] = new("这个账号已关联到{name}。", "This account is already linked to {name}."),
        [FailureCodes.LastAdministrator] = new("{name}是最后一位管理员，不能移除。请先指定另一位管理员。", "{name} is the last administrator; make someone else an administrator first."),
        [FailureCodes.MalformedPhone] = new("手机号“{phone}”格式不正确：手机为1开头的11位数字，座机请带区号（如010-12345678）。", "Phone “{phone}” is malformed: a mobile has 11 digits starting with 1; a landline needs its area code (e.g. 010-12345678)."),
        [FailureCodes.RosterRefused] = new("花名册有{count}行不能导入，名录未作任何修改。请改正这些行后重新导入，或跳过这些行导入其余各行。", "{count} row(s) of the roster cannot be imported; the directory was not changed. Correct them and import again, or import the other rows and skip these."),
        [FailureCodes.AmbiguousPerson] = new("“{name}”对应多位人员：{people}。请写明单位或职务，如：姓名（单位）。", "“{name}” matches several people: {people}. Add the unit or title, e.g. name (unit)."),
        [FailureCodes.OpinionRecordSecretaryOrLead] = new("只有会议组织者（领导小组办公室）或主要负责同志可以录入上级点、集体议的问题，请交{secretary}或{lead}录入。", "Only the secretary or the lead records what the superior pointed out or the team agreed on; pass it to {secretary} or {lead}."),
        [FailureCodes.OpinionAssigneeOnly] = new("只有被交办的班子成员本人可以回应这条意见。发送“我的意见”查看交办给你的意见。", "Only the member it was assigned to answers this opinion. Send “my opinions” to see yours."),
        [FailureCodes.OpinionNotFound] = new("没有找到意见{number}。发送“意见列表”（秘书）或“我的意见”查看编号。", "There is no opinion {number}. Send “opinions” (secretary) or “my opinions” to see the numbers."),
        [FailureCodes.OpinionsClosed] = new("征求意见已经结束，不再接收意见。如有意见，请直接联系领导小组办公室。", "The collection of opinions has closed. Please contact the organising office directly."),
        [FailureCodes.OpinionsNotOpen] = new("征求意见尚未开始或已经结束。要开始，请发送“开始征求意见”。", "Opinions are not being collected. To start, send “open opinions”."),
        [FailureCodes.OpinionsFull] = new("本次征求意见收到的意见已达上限（{max}条），不再接收。请直接联系领导小组办公室。", "This collection has reached its limit ({max} opinions). Please contact the organising office directly."),
        [FailureCodes.OpinionAlreadyMerged] = new("意见{number}已并入意见{into}，请对意见{into}操作。", "Opinion {number} was merged into opinion {into}; act on opinion {into}."),
        [FailureCodes.OpinionNotForAnswer] = new("意见{number}没有交办给你回应（或已核实为不符）。发送“我的意见”查看需要回应的意见。", "Opinion {number} is not yours to answer (or was found untrue). Send “my opinions” to see those you answer."),
        [FailureCodes.OpinionTextRequired] = new("请填写意见内容。", "Please write the opinion."),
        [FailureCodes.OpinionTooLong] = new("意见内容不超过{max}字，请精简后再提交。", "Keep the opinion within {max} characters and send it again."),
        [FailureCodes.OpinionNameTooLong] = new("署名不超过{max}字，也可以不署名。", "Keep the name within {max} characters, or leave it empty."),
        [FailureCodes.OpinionMergeIntoItself] = new("不能把意见并入它自己，请写另一条意见的编号，如：合并意见 3 到 1。", "An opinion cannot be merged into itself; name another, e.g. merge opinion 3 into 1."),
        [FailureCodes.OpinionExplanationRequired] = new("说明情况时请写明理由，如：说明意见 3 该项目已于5月完成验收。", "Say why when you explain, e.g. explain opinion 3 the project was accepted in May."),
        [FailureCodes.OpinionAddresseeNotAMember] = new("意见只能提给班子或某位班子成员，请重新选择。", "An opinion is for the team or one of its members; choose again."),
        [FailureCodes.OpinionsAlreadyFiled] = new("交办的意见已经列入问题清单。", "The assigned opinions are already in the problem list."),
        [FailureCodes.OverseerOnly] = new("只有上级党委（组织部）负责督查的同志可以查看各单位进度。如需查看，请联系管理员（{administrators}）在名录中为您的单位授予“上级党委”角色。", "Only the superior committee's overseers (组织部) see every unit's progress. Ask an administrator ({administrators}) to give you the overseer role for your unit."),
        [FailureCodes.UnitNotAdministered] = new("“{unit}”的人员不归您管理：您管理的是{scope}及其下级单位的人员名录。请联系{administrators}中管理该单位的同志。", "People of “{unit}” are not yours to keep: you keep the directory of {scope} and the units below it. Ask the administrator of that unit among {administrators}."),
        [FailureCodes.UnitNotOverseen] = new("“{unit}”不在您督查的范围（{scope}及其下级单位）内，看不到它的会议。请查看您所辖的单位（发送：各单位进度），或联系该单位的上级党委。", "“{unit}” is not below the unit you oversee ({scope}), so its meetings are not shown to you. Look at your own units (send: units) or ask that unit's superior committee."),
        [FailureCodes.UnitNotFound] = new("没有找到单位“{unit}”的会议。请发送“各单位进度”查看您所辖单位的名称。", "No meeting of unit “{unit}” was found. Send “units” to see the names of the units you oversee."),

        [FailureCodes.StaleVersion] = new("内容已被他人更新，请刷新后重试。", "Someone changed this in the meantime; reload and try again."),
        [FailureCodes.MeetingCancelled] = new("这个会议已取消，不能再修改。", "This meeting was cancelled; nothing can change any more."),
        [FailureCodes.AlreadyConfirmed] = new("会议已经确认召开。", "The meeting is already confirmed."),
        [FailureCodes.AwaitingReview] = new("材料正在审阅中，审阅前不能修改。", "It is with the lead for review and cannot be changed now."),
        [FailureCodes.AlreadyApproved] = new("材料已审定，不能再修改。", "It has been approved and cannot be changed."),
        [FailureCodes.NotPendingReview] = new("这份材料不在待审状态（未提交或已审阅），不能撤回。发送“我的提交”查看各项状态。", "This is not awaiting review (not handed in, or already decided), so it cannot be withdrawn. Send \"my submissions\" to see where each item stands."),
        [FailureCodes.NotAwaitingReview] = new("这份材料当前不需要审阅。", "This is not waiting for review."),
        [FailureCodes.NotTheReviewer] = new(
            "{author}的{deliverable}由{reviewers}审阅，你不能批准、退回或转交。如需督促，请领导小组办公室“催办”审阅人。",
            "{author}'s {deliverable} is reviewed by {reviewers}; you cannot approve, return or hand it on. The organising office can nudge the reviewer."),
        [FailureCodes.OwnItemReviewedByOthers] = new(
            "你的{deliverable}由{reviewers}审阅，本人不能批准或退回。需要修改时可以先“撤回”。",
            "Your {deliverable} is reviewed by {reviewers}; you cannot approve or return your own. Withdraw it if you want to change it."),
        [FailureCodes.HandOnReasonRequired] = new("转交需要写明原因，例如：转交 材料1 @赵组长 本人分管，请督导组把关。", "Say why you hand it on, e.g. hand on material1 @Zhao I oversee this area."),
        [FailureCodes.HandOnToSelf] = new("这份材料已经由你审阅，请转交给其他审阅人。", "It is already with you; hand it to another reviewer."),
        [FailureCodes.NotAPermittedReviewer] = new("{name}不能审阅这份材料。可以转交给：{reviewers}。", "{name} may not review this item. You can hand it to: {reviewers}."),
        [FailureCodes.NobodyToHandOnTo] = new("没有其他可以审阅这份材料的人，请直接批准或退回。", "Nobody else may review this item; approve or return it yourself."),
        [FailureCodes.NothingToSubmit] = new("还没有可提交的草稿。", "There is no draft to hand in."),
        [FailureCodes.NotReturned] = new("这份材料没有被退回，不需要修改。发送“我的提交”查看各项状态。", "This was not returned, so there is nothing to revise. Send \"my submissions\" to see where each item stands."),
        [FailureCodes.PairAlreadyInPlan] = new("{one}与{other}的谈话已在方案中。", "A talk between {one} and {other} is already planned."),
        [FailureCodes.TalkNotAwaitingConfirmation] = new("这份谈话记录当前不需要确认。", "This talk record is not waiting for confirmation."),
        [FailureCodes.TalkAlreadyConfirmed] = new("这份谈话记录已确认。", "This talk record is already confirmed."),
        [FailureCodes.MaterialNotCirculated] = new("班子对照检查材料尚未印发征求意见。", "The collective material has not been circulated for comments."),
        [FailureCodes.MaterialFinalised] = new("班子对照检查材料已定稿。", "The collective material is final."),
        [FailureCodes.MaterialCommentsMissing] = new("还有成员未提意见：{names}。", "Still waiting for comments from: {names}."),
        [FailureCodes.MaterialUnderReview] = new(
            "班子对照检查材料已送审，审核结束前不能修改或再次定稿。如需督促，请领导小组办公室“催办”。",
            "The collective material has been sent for review; it cannot change until the reviewers decide. The organising office can nudge them."),
        [FailureCodes.MaterialNotUnderReview] = new("班子对照检查材料当前没有送审，不需要审核。", "The collective material is not waiting for review."),
        [FailureCodes.MaterialReviewedByOthers] = new(
            "班子对照检查材料由{reviewers}审核把关，主要负责同志本人不能批准、退回或转交。",
            "The collective material is reviewed by {reviewers}; the lead cannot approve, return or hand it on himself."),
        [FailureCodes.MaterialWithoutReviewer] = new(
            "本次会议没有设{reviewers}，班子对照检查材料无人审核，暂不能送审。请领导小组办公室发送“添加成员 @姓名”后“更改角色 @姓名 督导”设立督导组，或发送“添加上级 @姓名”请上级党委（组织部）审核，然后再发送“集体材料 定稿”。",
            "This meeting has no {reviewers:en} seated, so the collective material has no reviewer and cannot be sent yet. The organising office seats a supervisor (\"add member @name\", then \"change roles @name supervisor\") or the superior (\"add superior @name\"); then send \"collective material finalise\" again."),
        [FailureCodes.NotAnOverseer] = new(
            "{name}在人员名录中不是上级党委（组织部）的同志，不能作为上级审核本会议的材料。请管理员先在名录中授予“上级党委”角色。",
            "{name} holds no overseer role in the directory, so cannot review this meeting's materials as the superior. An administrator gives the overseer role first."),
        [FailureCodes.SuperiorOfAnotherUnit] = new(
            "{name}督查的是{scope}及其下级单位，本会议所属的{unit}不在其中，不能由其审核本会议的材料。请添加本单位上级党委（组织部）的同志。",
            "{name} oversees {scope} and the units below it, not this meeting's unit ({unit}), so may not review its materials. Add an overseer of this unit's superior committee."),
        [FailureCodes.MeetingWithoutUnit] = new(
            "本会议没有登记所属单位，无法确认上级党委。请先在名录中为领导小组办公室的同志登记单位。",
            "This meeting has no unit on record, so its superior cannot be told. Record the organising office's unit in the directory first."),
        [FailureCodes.NotConfirmed] = new(
            "会议尚未确认召开，现在还不能这样做。会前准备齐备后，由会议组织者或主要负责同志发送“确认会议”；发送“进度”可查看还差哪些材料。",
            "The meeting has not been confirmed yet; this comes later. Once preparation is complete, the secretary or the lead sends \"confirm meeting\"; send \"status\" to see what is still missing."),
        [FailureCodes.NotStarted] = new("会议定于{start}召开，开会后才能这样做。", "The meeting starts {start}; this can be done once it has begun."),
        [FailureCodes.AlreadyHeld] = new("会议已标记为召开。", "The meeting is already marked as held."),
        [FailureCodes.NotHeld] = new("会议召开后才能这样做（请先发送“会议已召开”）。", "This comes after the meeting has been held (send \"meeting held\" first)."),
        [FailureCodes.ReportAwaitingReview] = new("专题报告正在督导组审阅中。", "The special report is with the supervisors for review."),
        [FailureCodes.ReportAlreadyDelivered] = new("专题报告已经报送，不能再修改。", "The special report has been delivered; it can no longer be edited."),
        [FailureCodes.ReportSectionNotFound] = new("专题报告没有第{number}部分（共有：{numbers}）。例如：修改报告 2 新的内容", "The special report has no section {number} (it has {numbers}). E.g. edit-report 2 the new text"),
        [FailureCodes.ReportSectionTextRequired] = new("请在部分编号后写上新的内容，例如：修改报告 2 会议于……召开。", "Write the new text after the section number, e.g. edit-report 2 The meeting was held on …"),
        [FailureCodes.ReportFileWithoutSections] = new(
            "文件中没有找到编号的部分。请按“一、会前准备情况”这样的标题分部分后重新上传，或用“修改报告 <编号> <内容>”逐部分修改。",
            "No numbered sections were found in the file. Head each section like “1. Preparation” and upload it again, or edit one section: edit-report <n> <text>."),
        [FailureCodes.ReportAlreadyApproved] = new("专题报告已审定，不能再修改。", "The special report has been approved and cannot change."),
        [FailureCodes.ReportNotAwaitingReview] = new("专题报告当前不需要审阅。", "The special report is not waiting for review."),
        [FailureCodes.ReportNotApproved] = new("专题报告经督导组审定后才能报送和通报。", "The special report is submitted and announced only after the supervisors approve it."),
        [FailureCodes.TaskDone] = new("第{number}项整改任务已完成。", "Rectification task {number} is already done."),
        [FailureCodes.SignInNotToday] = new("签到只在会议当天（{date}）进行。", "Signing in is open on the meeting day ({date}) only."),
        [FailureCodes.AlreadySignedIn] = new("您已于{time}签到，无需重复签到。", "You signed in at {time} already."),
        [FailureCodes.SignedInNotExcused] = new("{name}已签到参会，不能记为请假。", "{name} has signed in, so cannot be excused."),
        [FailureCodes.TaskAwaitingAcceptance] = new("第{number}项整改任务已报完成，正等待验收；如被退回，可再报告进展。", "Task {number} was reported done and awaits acceptance; if it is sent back you can report progress again."),
        [FailureCodes.TaskNotAwaitingAcceptance] = new("第{number}项整改任务尚未报完成，不需要验收。责任人发送“整改 完成 {number} <佐证>”后再验收。", "Task {number} has not been reported done, so there is nothing to accept. Its owner sends \"rectification done {number} <evidence>\" first."),
        [FailureCodes.TaskUnchanged] = new("第{number}项整改任务没有变化。", "Task {number} is unchanged."),
        [FailureCodes.ProblemNotAcknowledged] = new("第{number}个问题未认账（标为不符），不能据此开立即知即改任务。", "Problem {number} is marked not accurate, so no immediate task can be opened from it."),
        [FailureCodes.ProblemNotListed] = new("{name}的问题清单中没有第{number}个问题。请先发送“我的提交”查看问题清单的序号。", "{name}'s problem list has no problem {number}. Send \"my submissions\" to see the numbers."),
        [FailureCodes.NoTasks] = new("整改任务清单还是空的。", "The rectification list is still empty."),

        [FailureCodes.ThemeRequired] = new("请填写会议主题。", "Please give the meeting's theme."),
        [FailureCodes.PlaceRequired] = new("请填写会议地点。", "Please give the meeting's place."),
        [FailureCodes.NoticeRequired] = new("请写明通知内容，例如：通知 明天下午3点在第二会议室开筹备会。", "Please write the notice, e.g. notify the preparatory meeting is tomorrow at 3 pm in Room 2."),
        [FailureCodes.NoticeSecretaryOrLeadOnly] = new(
            "只有会议组织者（领导小组办公室）或主要负责同志可以向全体参会人员发通知，请告知{secretary}或{lead}代发。",
            "Only the secretary or the lead sends a notice to everyone in the meeting; please ask {secretary} or {lead} to send it."),
        [FailureCodes.NoOneToNotify] = new("会议中没有其他参会人员，通知无人可发。", "There is no one else in the meeting to notify."),
        [FailureCodes.UnknownTimeZone] = new("无法识别时区“{zone}”。", "Unknown time zone “{zone}”."),
        [FailureCodes.StartInThePast] = new("会议时间不能早于现在。", "The meeting cannot start in the past."),
        [FailureCodes.DeadlineReasonRequired] = new("延期须写明原因，例如：延期 学习情况 12月12日 原因：下乡调研。", "Moving a deadline needs a reason, e.g. move deadline study check-in 2030-01-12 reason: field visit."),
        [FailureCodes.DeadlineInThePast] = new("新的截止时间（{due}）已经过去，请给一个以后的时间。", "The new deadline ({due}) has already passed; give a later one."),
        [FailureCodes.DeadlineAfterMeeting] = new("“{deliverable}”须在会前完成，截止时间不能晚于会议开始（{start}）；需要更多时间请先改期会议。", "“{deliverable}” is due before the meeting, so its deadline cannot be after the start ({start}); reschedule the meeting first if more time is needed."),
        [FailureCodes.DeadlineUnchanged] = new("“{deliverable}”的截止时间已经是{due}。", "“{deliverable}” is already due {due}."),
        [FailureCodes.NudgeLimitReached] = new("今天已催办{name}{count}次，达到每日上限。请明天（{next}起）再催办，或直接联系本人。", "{name} has been nudged {count} times today, the daily limit. You can nudge again from {next}, or contact them directly."),
        [FailureCodes.NudgeNothingOwed] = new("{name}目前没有待交或待审的材料，无需催办。", "{name} has nothing outstanding to hand in or review; no nudge needed."),
        [FailureCodes.TemplateMismatch] = new("会议模板已变更（{template}），请联系管理员。", "The meeting's template has changed ({template}); contact the administrator."),
        [FailureCodes.DuplicateParticipant] = new("{name}已在参会名单中。", "{name} is already on the roster."),
        [FailureCodes.OneLeadRequired] = new("会议必须有且只有一名主要负责同志。", "A meeting has exactly one lead."),
        [FailureCodes.SecretaryRequired] = new("会议至少需要一名组织者。", "A meeting needs at least one secretary."),
        [FailureCodes.TooFewMembers] = new("班子成员至少需要{minimum}人。", "A meeting needs at least {minimum} members."),
        [FailureCodes.NotAMember] = new("{name}不是班子成员。", "{name} is not a team member."),
        [FailureCodes.NotADepartmentHead] = new("{name}不是分管部门负责同志。", "{name} is not a department head of this meeting."),
        [FailureCodes.NoRoles] = new("{name}没有任何角色。", "{name} holds no role."),
        [FailureCodes.SamePerson] = new("不能与自己谈心。", "A talk needs two different people."),
        [FailureCodes.WrongContent] = new("内容与这项材料的类型不符。", "This content does not fit the deliverable."),
        [FailureCodes.PointOutOfRange] = new("没有第{point}点：这一部分共{count}点。请发送“第1点 新内容”到“第{count}点 新内容”，或“增加 新内容”。", "There is no point {point}: this part has {count}. Send \"point 1 new text\" up to \"point {count} new text\", or \"add new text\"."),
        [FailureCodes.SectionOutOfRange] = new("没有第{section}部分：共{count}部分。请发送“第1部分 新内容”到“第{count}部分 新内容”。", "There is no part {section}: there are {count}. Send \"part 1 new text\" up to \"part {count} new text\"."),
        [FailureCodes.PointEmpty] = new("请在序号后写上新内容，例如“第2点 新内容”；要删去一点，请发送“删除 第2点”。", "Please give the new text after the number, e.g. \"point 2 new text\"; to drop a point send \"delete point 2\"."),
        [FailureCodes.UploadedNotByPoint] = new("上传的文件不能逐点修改：请上传修改后的文件，或发送“重写”逐项重新填写。", "An uploaded file cannot be changed point by point: upload the revised file, or send \"rewrite\" to fill it in again."),
        [FailureCodes.TargetRequired] = new("请选择批评对象。", "Please choose whom the outline is about."),
        [FailureCodes.TargetNotAllowed] = new("这项材料没有对象。", "This deliverable is not about anyone."),
        [FailureCodes.TargetIsSelf] = new("批评发言提纲是写给其他成员的，自我批评请写入个人对照检查材料。", "Outlines are about other members; self-criticism goes into your own material."),
        [FailureCodes.Incomplete] = new("内容不完整（{field}）。", "Incomplete ({field})."),
        [FailureCodes.UnknownCategory] = new("无法识别问题类别“{category}”。", "Unknown problem category “{category}”."),
        [FailureCodes.UnknownSource] = new("无法识别问题来源“{source}”。", "Unknown problem source “{source}”."),
        [FailureCodes.DisputeNoteRequired] = new("认为问题不准确的，请说明情况。", "Please say why a problem is not accurate."),
        [FailureCodes.DocumentWrongType] = new("“{file}”不是Word（.docx）或PDF文件。", "“{file}” is not a Word (.docx) or PDF file."),
        [FailureCodes.DocumentTooLarge] = new("“{file}”超过{maxMb}MB。", "“{file}” is larger than {maxMb} MB."),
        [FailureCodes.CommentRequired] = new("请写明意见。", "Please give a comment."),
        [FailureCodes.OverrideReasonRequired] = new("在准备未完成时确认召开，必须写明理由。", "Confirming an unready meeting needs a reason."),
        [FailureCodes.AbsenceReasonRequired] = new("不能参会的，请说明原因。", "Please give the reason you cannot attend."),
        [FailureCodes.UnknownAspect] = new("无法识别批评方面“{aspect}”。", "Unknown aspect “{aspect}”."),
        [FailureCodes.SpeechRequired] = new("请写明发言内容。", "Please give what was said."),
        [FailureCodes.CriticRequired] = new("请写明是谁提出的批评意见。", "Please say who raised the criticism."),
        [FailureCodes.CriticIsSelf] = new("批评意见来自其他成员；本人的发言请记为自我批评或表态。", "Criticism comes from another member; his own words are self-criticism or a response."),
        [FailureCodes.CollectiveIsLeads] = new("班子对照检查由主要负责同志代表班子作。", "The lead presents the collective self-examination."),
        [FailureCodes.DeliveryPlaceRequired] = new("请写明报送或通报的对象。", "Please say where it was submitted or announced."),
        [FailureCodes.DeliveryBeforeApproval] = new("报送日期不能早于报告审定日期（{approved}）。", "The date cannot be before the report was approved ({approved})."),
        [FailureCodes.DeliveryInTheFuture] = new("报送日期不能晚于今天（{today}）。", "The date cannot be later than today ({today})."),
        [FailureCodes.BriefingSecretaryOrLeadOnly] = new(
            "只有会议组织者（领导小组办公室）或主要负责同志可以记录通报会，请告知{secretary}或{lead}记录。",
            "Only the secretary or the lead records the briefing; please ask {secretary} or {lead} to record it."),
        [FailureCodes.BriefingAfterReport] = new(
            "专题报告已送督导组审阅，通报会记录不能再修改。", "The special report has gone to the supervisors; the briefing record can no longer change."),
        [FailureCodes.BriefingDetailsRequired] = new(
            "请写明通报范围和通报内容，例如：记录通报会 12月9日 范围：全体干部 内容：会前准备、批评与自我批评、整改措施情况。",
            "Please give the scope and what was briefed, e.g.: record briefing Dec 9 scope: all cadres content: preparation, criticism, rectification."),
        [FailureCodes.BriefingBeforeMeeting] = new(
            "通报会在会议之后召开，日期不能早于会议日期（{held}）。", "The briefing follows the meeting; its date cannot be before the meeting ({held})."),
        [FailureCodes.BriefingInTheFuture] = new(
            "通报会日期不能晚于今天（{today}）；召开后再记录。", "The briefing's date cannot be later than today ({today}); record it once it was held."),
        [FailureCodes.BriefingFirst] = new(
            "请先召开通报会并记录（例如：记录通报会 12月9日 范围：全体干部 内容：民主生活会情况），再将专题报告送审。",
            "Hold the briefing first and record it (e.g.: record briefing Dec 9 scope: all cadres content: how the meeting went), then submit the report."),
        [FailureCodes.UnknownAddressee] = new(
            "“{where}”不是本会议专题报告的报送对象。报送对象：{addressees}。", "\"{where}\" is not one of the report's addressees: {addressees}."),
        [FailureCodes.AddresseeAlreadyRecorded] = new(
            "已记录向{addressee}报送专题报告，无需重复记录。", "Delivery to {addressee} is recorded already; nothing to add."),
        [FailureCodes.AddresseesMissing] = new(
            "专题报告报送所有对象后才能向群众通报。尚未报送：{missing}。请先记录，例如“报送 {first}”。",
            "The report is announced once it has gone to every addressee. Still missing: {missing}. Record those first, e.g. \"record submission {first}\"."),
        [FailureCodes.NothingNewProposed] = new(
            "没有发现新的整改任务：材料中的整改措施都已在任务清单上。发送“整改”查看清单，或用“整改 添加”补充。",
            "Nothing new found: every measure in the materials is already on the task list. Send \"rectification\" to see it, or add one with \"rectification add\"."),
        [FailureCodes.ProblemRequired] = new("请写明整改任务针对的问题。", "Please give the problem the task answers."),
        [FailureCodes.MeasureRequired] = new("请写明整改措施。", "Please give the measure."),
        [FailureCodes.DueInThePast] = new("完成时限不能早于今天（{today}）。", "The due date cannot be before today ({today})."),
        [FailureCodes.EvidenceRequired] = new("标记完成时请附上完成的佐证。", "Marking a task done needs evidence of completion."),
        [FailureCodes.WithdrawReasonRequired] = new("撤销整改任务请写明理由。", "Withdrawing a task needs a reason."),
        [FailureCodes.SendBackReasonRequired] = new("退回整改任务请写明理由，以便责任人继续整改。", "Sending a task back needs a reason, so the owner knows what is missing."),
        [FailureCodes.SplitNeedsTwoMeasures] = new("拆分时请写出至少两项措施，用“｜”隔开。", "Splitting needs at least two measures separated by \"|\"."),
        [FailureCodes.ProgressNoteRequired] = new("请写明整改进展。", "Please say what progress was made."),

        [FailureCodes.MeetingNotReady] = new("会前准备尚未完成（还有{missing}项），暂不能确认召开。", "Preparation is incomplete ({missing} item(s) outstanding); the meeting cannot be confirmed yet."),
    };

    // The "field" value of an Incomplete refusal is a stable key; people read it in their language, never the key.
    private static readonly Dictionary<string, BilingualText> Fields = new(StringComparer.Ordinal)
    {
        ["materials"] = new("学习材料", "materials studied"),
        ["reportedTo"] = new("报告对象", "reported to"),
        ["theme"] = new("主题", "theme"),
        ["tasks"] = new("整改任务", "tasks"),
        ["points"] = new("要点", "points"),
        ["items"] = new("问题清单", "problems"),
        ["manifestation"] = new("具体表现", "what it looks like"),
        ["problems"] = new("存在的问题", "problems"),
        ["typicalCase"] = new("典型事例", "a typical case"),
        ["rootCauses"] = new("原因剖析", "root causes"),
        ["direction"] = new("努力方向", "direction"),
        ["measures"] = new("整改措施", "measures"),
        ["opinions"] = new("谈话意见", "opinions"),
    };

    // Whom to ask, when a refusal was made without the roster at hand (or the meeting has nobody in that role yet).
    private static readonly Dictionary<string, BilingualText> WhomByDefault = new(StringComparer.Ordinal)
    {
        ["secretary"] = new("领导小组办公室", "the organising office"),
        ["lead"] = new("主要负责同志", "the lead"),
        ["owner"] = new("责任人", "its owner"),
        ["other"] = new("另一方", "the other party"),
    };

    public static BilingualText For(Failure failure)
    {
        if (!Texts.TryGetValue(failure.Code, out var text))
        {
            // No wording yet: say so without showing the code (a stable key means nothing to the person reading).
            return new BilingualText("操作未完成，请稍后重试；如果仍不行，请联系管理员。", "That did not work; try again later, or tell your administrator.");
        }

        if (failure.Data.TryGetValue("field", out var field))
        {
            var label = Fields.GetValueOrDefault(field) ?? new BilingualText("必填项", "a required part");
            text = new BilingualText(text.ZhCn.Replace("{field}", label.ZhCn, StringComparison.Ordinal), text.En.Replace("{field}", label.En, StringComparison.Ordinal));
        }

        // A value given per language (key, and key:en for English), such as a template's names.
        foreach (var (key, value) in failure.Data.Where(p => p.Key.EndsWith(":en", StringComparison.Ordinal)))
        {
            text = text with { En = text.En.Replace("{" + key[..^3] + "}", value, StringComparison.Ordinal) };
        }

        text = text.With(failure.Data);
        foreach (var (key, whom) in WhomByDefault)
        {
            text = new BilingualText(
                text.ZhCn.Replace("{" + key + "}", whom.ZhCn, StringComparison.Ordinal), text.En.Replace("{" + key + "}", whom.En, StringComparison.Ordinal));
        }

        return text;
    }

    /// <summary>Whether a code has its own wording (a test checks every code does).</summary>
    public static bool Covers(string code) => Texts.ContainsKey(code);
}
