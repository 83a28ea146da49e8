using Platform.Domain.Interactions;

namespace Platform.Domain.Seeding;

/// <summary>One generated interaction row.</summary>
public sealed record InteractionRow(
    Guid TenantId, Guid Id, InteractionChannel Channel, CallPurpose? Purpose, Guid AgentId, Guid? CustomerId, Guid? PolicyId,
    DateTime StartedAt, DateTime? AnsweredAt, DateTime? EndedAt, string Summary, OutcomeTag? OutcomeTag, Urgency Urgency,
    bool LateAnswer, DateTime? WrappedUpAt, bool LateWrapUp, DateTime? VerifiedAt, VerificationMethod? VerificationMethod,
    string? VerifiedRelativeRelationship, int FailedVerificationCount, bool VerificationLocked, DateTime? TransferredAt,
    string? TransferReason, int? TransferExpectedWaitSeconds, Guid? TransferredToId, DateTime? EscalatedAt,
    string? EscalationReason, DateTime? CallbackDueAt, DateTime? DepartmentNotifiedAt)
{
    /// <summary>The verification attempts recorded on this interaction (R-CALL-03).</summary>
    public IReadOnlyList<VerificationAttemptRow> Attempts { get; init; } = [];

    /// <summary>Staff index of the agent (kept for surveys and recordings).</summary>
    public int AgentIndex { get; init; }

    /// <summary>Customer index, or -1 for an anonymous contact.</summary>
    public int CustomerIndex { get; init; } = -1;

    /// <summary>True for an answered phone call, which has a recording.</summary>
    public bool IsAnsweredCall => Channel is InteractionChannel.InboundCall or InteractionChannel.OutboundCall && AnsweredAt is not null;
}

/// <summary>One generated verification attempt.</summary>
public sealed record VerificationAttemptRow(
    Guid TenantId, Guid Id, Guid InteractionId, DateTime AttemptedAt, VerificationMethod Method, bool Succeeded,
    string? RelativeRelationship, string? FailureReason);

/// <summary>
/// Generates interactions on every channel inside the rules' time windows (outbound calls only in calling windows,
/// R-CALL-05/09), with late answers, late wrap-ups, transfers, escalations and verification attempts with lockout.
/// Interaction i is a pure function of i, so recordings, complaints and surveys regenerate what they link to.
/// </summary>
public sealed class InteractionGenerator(TenantWorld world, CustomerGenerator customers)
{
    private static readonly string[] InquirySummaries =
    [
        "客户咨询保单现金价值及退保流程，已解释", "客户咨询理赔进度，已查询并告知预计到账时间", "客户申请变更联系电话，已核实身份后办理",
        "客户咨询续期缴费方式，已告知银行代扣办理步骤", "客户咨询保障范围，已按条款解释", "客户报案，已登记并告知所需理赔材料",
        "客户咨询发票开具，已发送电子发票", "客户询问犹豫期退保规则，已说明", "客户咨询车险理赔定损流程，已转定损员联系",
    ];

    private static readonly string[] OutboundSummaries =
    [
        "续期缴费提醒，客户表示将按时缴费", "新契约回访，客户确认已了解保险责任及犹豫期", "理赔回访，客户对处理结果满意",
        "保单到期续保提醒，客户需考虑后回复", "满意度回访，客户评价良好",
    ];

    private static readonly string[] MarketingSummaries =
    [
        "新产品推介，客户暂无需求", "升级保障方案推介，客户同意接收资料", "家庭保障规划邀约，客户预约面谈",
    ];

    private static readonly string[] WrittenSummaries =
    [
        "客户来函咨询保单贷款，已书面答复", "客户在线提交资料变更申请，已处理", "客户短信回复确认续保", "客户邮件索取保单副本，已寄送",
    ];

    private static readonly string[] TransferReasons = ["需理赔专员处理", "涉及核保问题，转核保部门", "客户要求主管接听", "需专业技术支持"];

    private static readonly string[] EscalationReasons = ["客户对理赔结果强烈不满，要求投诉", "系统故障导致无法缴费", "客户反映销售误导，情绪激动"];

    private static readonly string[] FailureReasons = ["保单号后六位不符", "证件号后四位不符", "预留手机号不符", "亲属关系无法核实"];

    /// <summary>All interactions in order.</summary>
    public IEnumerable<InteractionRow> All()
    {
        for (var i = 0; i < world.Scale.Interactions; i++)
        {
            yield return Generate(i);
        }
    }

    /// <summary>Interaction i.</summary>
    public InteractionRow Generate(int i)
    {
        var random = world.Random(SeedTable.Interaction, i);
        var channel = (InteractionChannel)random.Weighted([40, 20, 10, 15, 5, 5, 5]);
        CallPurpose? purpose = channel == InteractionChannel.OutboundCall
            ? (random.Chance(0.8) ? CallPurpose.Service : CallPurpose.Marketing)
            : null;
        var agent = world.Roster.PickCertifiedAgent(ref random);
        var started = StartTime(i, channel, purpose, ref random);
        var customer = channel == InteractionChannel.InboundCall && random.Chance(0.03) ? -1 : random.Next(world.Scale.Customers);
        if (channel == InteractionChannel.OutboundCall)
        {
            // Nobody is called while their do-not-call request is in force (R-CALL-06, R-CALL-09).
            while (DoNotCall.Blocks(world, customer, started))
            {
                customer = (customer + 1) % world.Scale.Customers;
            }
        }

        int? policy = customer >= 0 && random.Chance(0.6)
            ? world.PolicyOf(customer, random.Next(world.PolicyCountOf(customer)))
            : null;

        DateTime? answered = null;
        DateTime? ended;
        var lateAnswer = false;
        switch (channel)
        {
            case InteractionChannel.InboundCall:
                lateAnswer = random.Chance(0.08);
                answered = started.AddSeconds(lateAnswer ? random.Between(16, 45) : random.Between(2, 15));
                ended = answered.Value.AddSeconds(random.Chance(0.7) ? random.Between(45, 300) : random.Between(301, 1200));
                break;
            case InteractionChannel.OutboundCall:
                answered = random.Chance(0.88) ? started.AddSeconds(random.Between(4, 25)) : null;
                ended = answered?.AddSeconds(random.Between(40, 600)) ?? started.AddSeconds(random.Between(25, 40));
                break;
            case InteractionChannel.OnlineChat:
            case InteractionChannel.InPerson:
                answered = started.AddSeconds(random.Between(5, 60));
                ended = answered.Value.AddSeconds(random.Between(120, 1800));
                break;
            default:
                ended = started;
                break;
        }

        var isCall = channel is InteractionChannel.InboundCall or InteractionChannel.OutboundCall;
        OutcomeTag? outcome = isCall || channel == InteractionChannel.OnlineChat
            ? (answered is null ? OutcomeTag.Invalid : (OutcomeTag)random.Weighted([80, 12, 8]))
            : OutcomeTag.Valid;
        var lateWrapUp = random.Chance(0.06);
        var wrappedUp = ended!.Value.AddSeconds(lateWrapUp ? random.Between(301, 1800) : random.Between(20, 280));

        var id = world.Id(SeedTable.Interaction, i);
        var attempts = new List<VerificationAttemptRow>(3);
        DateTime? verifiedAt = null;
        VerificationMethod? verifiedMethod = null;
        string? relation = null;
        var failures = 0;
        var verifies = customer >= 0 && answered is not null
            && channel is InteractionChannel.InboundCall or InteractionChannel.OutboundCall or InteractionChannel.OnlineChat or InteractionChannel.InPerson
            && random.Chance(channel == InteractionChannel.OutboundCall ? 0.4 : 0.75);
        if (verifies)
        {
            var profile = customers.Profile(customer);
            var alternative = profile.MayUseAlternativeVerification(SeedClock.LocalDate(started)) && random.Chance(0.5);
            var method = alternative
                ? (random.Chance(0.6) ? VerificationMethod.ReservedPhone : VerificationMethod.Relative)
                : VerificationMethod.PolicyAndIdNumber;
            var relationship = method == VerificationMethod.Relative ? CustomerGenerator.Relation(ref random) : null;
            failures = random.Weighted([85, 9, 4, 2]);
            var at = answered!.Value.AddSeconds(random.Between(15, 40));
            for (var n = 0; n < failures; n++)
            {
                attempts.Add(new VerificationAttemptRow(world.Tenant.Id, world.Id(SeedTable.VerificationAttempt, (i * 4L) + n), id,
                    at, method, false, relationship, random.Pick(FailureReasons)));
                at = at.AddSeconds(random.Between(20, 60));
            }

            if (failures < 3)
            {
                attempts.Add(new VerificationAttemptRow(world.Tenant.Id, world.Id(SeedTable.VerificationAttempt, (i * 4L) + failures), id,
                    at, method, true, relationship, null));
                verifiedAt = at;
                verifiedMethod = method;
                relation = relationship;
            }

            if (at > ended.Value)
            {
                ended = at.AddSeconds(random.Between(30, 120));
                wrappedUp = ended.Value.AddSeconds(lateWrapUp ? random.Between(301, 1800) : random.Between(20, 280));
            }
        }

        var transferred = isCall && answered is not null && random.Chance(0.04);
        var escalated = channel is InteractionChannel.InboundCall or InteractionChannel.OnlineChat && answered is not null && random.Chance(0.015);
        var escalatedAt = escalated ? answered!.Value.AddSeconds(random.Between(60, 240)) : (DateTime?)null;
        var transferTo = transferred ? world.Roster.PickCertifiedAgent(ref random) : 0;
        var summary = channel switch
        {
            InteractionChannel.InboundCall or InteractionChannel.OnlineChat or InteractionChannel.InPerson => random.Pick(InquirySummaries),
            InteractionChannel.OutboundCall when purpose == CallPurpose.Marketing => random.Pick(MarketingSummaries),
            InteractionChannel.OutboundCall => answered is null ? "外呼未接通" : random.Pick(OutboundSummaries),
            _ => random.Pick(WrittenSummaries),
        };

        return new InteractionRow(
            world.Tenant.Id, id, channel, purpose, world.Id(SeedTable.Staff, agent),
            customer >= 0 ? world.Id(SeedTable.Customer, customer) : null,
            policy is { } p ? world.Id(SeedTable.Policy, p) : null,
            started, answered, ended, summary, outcome, escalated ? Urgency.Urgent : Urgency.Normal, lateAnswer,
            wrappedUp, lateWrapUp, verifiedAt, verifiedMethod, relation, failures, failures >= 3,
            transferred ? answered!.Value.AddSeconds(random.Between(60, 200)) : null,
            transferred ? random.Pick(TransferReasons) : null,
            transferred ? random.Between(10, 120) : null,
            transferred ? world.Id(SeedTable.Staff, transferTo) : null,
            escalatedAt,
            escalated ? random.Pick(EscalationReasons) : null,
            escalatedAt?.AddHours(24),
            escalatedAt?.AddSeconds(random.Between(60, 540)))
        {
            Attempts = attempts,
            AgentIndex = agent,
            CustomerIndex = customer,
        };
    }

    // The day grows with the row number (times within a day are random), so the time index is loaded nearly in order.
    private DateTime StartTime(int i, InteractionChannel channel, CallPurpose? purpose, ref SeedRandom random)
    {
        var day = SeedClock.FirstDay.AddDays((int)((long)i * SeedClock.Days / world.Scale.Interactions));
        if (channel != InteractionChannel.OutboundCall)
        {
            var (from, until) = channel == InteractionChannel.InboundCall ? (8 * 3600, 22 * 3600) : (7 * 3600, 23 * 3600);
            return SeedClock.Utc(day, random.Between(from, until));
        }

        // Outbound calls never on public holidays, and only inside the calling window of the day (R-CALL-05, R-CALL-09).
        while (SeedClock.Calendar.IsPublicHoliday(day))
        {
            day = day.AddDays(1);
        }

        var working = SeedClock.Calendar.IsWorkingDay(day);
        var (start, end) = purpose == CallPurpose.Marketing || !working ? (9 * 3600, 17 * 3600) : ((8 * 3600) + 1800, (17 * 3600) + 1800);
        return SeedClock.Utc(day, random.Between(start, end - 600));
    }
}
