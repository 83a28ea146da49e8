using System.Globalization;
using Platform.Domain.Complaints;
using Platform.Domain.Interactions;
using Platform.Domain.Staff;

namespace Platform.Domain.Seeding;

/// <summary>
/// Generates complaints in every status with a status history that follows the lifecycle (R-CMP-01), deadlines from
/// the tenant calendar (R-CMP-02), green-channel fields (R-CMP-03), reviewers other than the handler (R-CMP-05) and
/// the regulatory decision ceiling (R-CMP-07). Archived complaints may link to the call they arose from.
/// </summary>
public sealed class ComplaintGenerator(TenantWorld world, InteractionGenerator interactions)
{
    private static readonly ComplaintStatus[] Path =
    [
        ComplaintStatus.Received, ComplaintStatus.Accepted, ComplaintStatus.Investigating, ComplaintStatus.Resolved,
        ComplaintStatus.FeedbackGiven, ComplaintStatus.UnderReview, ComplaintStatus.Archived,
    ];

    private static readonly Dictionary<ComplaintCategory, string[]> Descriptions = new()
    {
        [ComplaintCategory.Product] = ["保险条款中免责范围说明不清晰", "产品收益与宣传不符"],
        [ComplaintCategory.Sales] = ["销售人员承诺的保障内容与合同不一致", "投保时未告知犹豫期"],
        [ComplaintCategory.Claims] = ["理赔时效过长，超过承诺期限", "理赔金额核定不合理"],
        [ComplaintCategory.ServiceAttitude] = ["坐席态度生硬，多次打断客户", "柜面人员服务不耐烦"],
        [ComplaintCategory.ServiceProcess] = ["保全变更需要重复提交材料", "退保流程繁琐，多次往返"],
        [ComplaintCategory.ServiceContent] = ["客服答复前后不一致", "回访内容与实际办理不符"],
        [ComplaintCategory.OutboundHarassment] = ["一天内多次接到营销电话", "已拒绝后仍被反复外呼"],
        [ComplaintCategory.Other] = ["官网无法登录查询保单", "发票邮寄地址错误"],
    };

    private static readonly string[] Expectations = ["尽快处理并书面答复", "赔偿相应损失", "相关人员道歉", "停止来电", "解释清楚原因"];

    private static readonly string[] RootCauses = ["坐席业务知识不足", "流程设计缺陷", "系统故障", "销售误导", "沟通不到位", "客户误解条款"];

    private static readonly (string Remedy, string Measures)[] Remedies =
    [
        ("ReService", "安排专人重新办理并全程跟进"),
        ("Compensation", "按合同约定给予补偿"),
        ("Training", "对相关人员开展专项培训"),
        ("ProcessChange", "优化业务流程，减少材料重复提交"),
        ("Explanation", "向客户详细解释条款及处理依据"),
    ];

    private static readonly int[] StatusWeights = [4, 4, 8, 5, 6, 3, 70];

    private int Stride => Math.Max(1, world.Scale.Interactions / world.Scale.Complaints);

    /// <summary>All complaints in order.</summary>
    public IEnumerable<ComplaintRow> All()
    {
        for (var k = 0; k < world.Scale.Complaints; k++)
        {
            yield return Generate(k);
        }
    }

    /// <summary>The status of complaint k: the first seven cover every status, the rest are mostly archived.</summary>
    public ComplaintStatus StatusOf(int k)
    {
        if (k < Path.Length)
        {
            return Path[k];
        }

        var random = world.Random(SeedTable.Complaint, k);
        return Path[random.Weighted(StatusWeights)];
    }

    /// <summary>The interaction an archived complaint arose from, if any (a pure function of k).</summary>
    public int? InteractionOf(int k)
    {
        if (StatusOf(k) != ComplaintStatus.Archived)
        {
            return null;
        }

        var random = world.Random(SeedTable.Complaint, k + 0x4000_0000L);
        var candidate = (k * Stride) + random.Next(Stride);
        return random.Chance(0.7) && candidate < world.Scale.Interactions ? candidate : null;
    }

    /// <summary>The complaint that links interaction i, if any.</summary>
    public int? ComplaintOf(int i)
    {
        var k = i / Stride;
        return k < world.Scale.Complaints && InteractionOf(k) == i ? k : null;
    }

    /// <summary>Complaint k with its history.</summary>
    public ComplaintRow Generate(int k)
    {
        var status = StatusOf(k);
        var random = world.Random(SeedTable.Complaint, k + 0x2000_0000L);
        var linked = InteractionOf(k) is { } j ? interactions.Generate(j) : null;
        var complainant = linked is { CustomerIndex: >= 0 } ? linked.CustomerIndex : random.Next(world.Scale.Customers);
        var category = linked?.Channel == InteractionChannel.OutboundCall
            ? ComplaintCategory.OutboundHarassment
            : (ComplaintCategory)random.Weighted([10, 14, 22, 14, 14, 10, 6, 10]);
        var channel = linked is not null
            ? ComplaintChannel.Phone
            : (ComplaintChannel)random.Weighted([40, 10, 25, 10, 5, 10]);
        var severity = random.Chance(0.1) ? ComplaintSeverity.Major : ComplaintSeverity.General;
        var urgent = severity == ComplaintSeverity.Major || random.Chance(0.05);
        var reopened = status is ComplaintStatus.Archived or ComplaintStatus.UnderReview && random.Chance(0.1);

        // Milestones as offsets in seconds from receipt, then the whole timeline is placed in time.
        var stageCount = Array.IndexOf(Path, status) + 1;
        var offsets = new List<(ComplaintStatus To, long Offset)> { (ComplaintStatus.Received, 0) };
        var late = random.Chance(0.1);
        long t = 0;
        for (var s = 1; s < stageCount; s++)
        {
            t += Path[s] switch
            {
                ComplaintStatus.Accepted => late ? random.Between(25, 40) * 3600 : random.Between(1, 20) * 3600,
                ComplaintStatus.Investigating => random.Between(1, 20) * 3600,
                ComplaintStatus.Resolved => late ? random.Between(8, 14) * 86400 : random.Between(1, 6) * 86400,
                ComplaintStatus.FeedbackGiven => random.Between(2, 40) * 3600,
                ComplaintStatus.UnderReview => random.Between(1, 8) * 86400,
                _ => random.Between(1, 4) * 86400,
            };
            offsets.Add((Path[s], t));
            if (Path[s] == ComplaintStatus.UnderReview && reopened)
            {
                // Review found the outcome unfair: back to investigation, then through the cycle again (R-CMP-01).
                foreach (var again in new[] { ComplaintStatus.Investigating, ComplaintStatus.Resolved, ComplaintStatus.FeedbackGiven, ComplaintStatus.UnderReview })
                {
                    t += random.Between(1, 4) * 86400;
                    offsets.Add((again, t));
                }
            }
        }

        var received = PlaceReceipt(status, linked, t, ref random);
        DateTime At(long offset) => received.AddSeconds(offset);
        DateTime? First(ComplaintStatus s) => offsets.FindIndex(o => o.To == s) is var n and >= 0 ? At(offsets[n].Offset) : null;
        DateTime? Last(ComplaintStatus s) => offsets.FindLastIndex(o => o.To == s) is var n and >= 0 ? At(offsets[n].Offset) : null;

        var handler = status == ComplaintStatus.Received ? (int?)null
            : world.Roster.IndexOf(StaffRole.ComplaintHandler, random.Next(world.Roster.CountOf(StaffRole.ComplaintHandler)));
        // Reviewers are quality inspectors, never the handler (R-CMP-05).
        var reviewer = First(ComplaintStatus.UnderReview) is null ? (int?)null
            : world.Roster.IndexOf(StaffRole.QualityInspector, random.Next(world.Roster.CountOf(StaffRole.QualityInspector)));
        var resolved = Last(ComplaintStatus.Resolved);
        var feedback = Last(ComplaintStatus.FeedbackGiven);
        var accepted = First(ComplaintStatus.Accepted);
        var calendar = SeedClock.Calendar;
        var extended = accepted is not null && random.Chance(0.05);
        var (remedy, measures) = random.Pick(Remedies);
        var id = world.Id(SeedTable.Complaint, k);
        var customerRequestedReview = reviewer is not null && random.Chance(0.3);

        var history = new List<ComplaintHistoryRow>(offsets.Count);
        for (var n = 0; n < offsets.Count; n++)
        {
            var (to, offset) = offsets[n];
            var (by, kind, note) = to switch
            {
                ComplaintStatus.Received => ((int?)null, "Customer", $"客户通过{ChannelName(channel)}提出投诉"),
                ComplaintStatus.Investigating when n > 2 => (reviewer, "Staff", "复核认为处理结果不公，退回重新调查"),
                ComplaintStatus.UnderReview when customerRequestedReview => (null, "Customer", "客户申请复核"),
                ComplaintStatus.UnderReview or ComplaintStatus.Archived => (reviewer, "Staff", (string?)null),
                _ => (handler, "Staff", null),
            };
            history.Add(new ComplaintHistoryRow(
                world.Tenant.Id, world.Id(SeedTable.ComplaintHistory, (k * 16L) + n), id,
                n == 0 ? null : offsets[n - 1].To, to, At(offset), by is { } b ? world.Id(SeedTable.Staff, b) : null, kind, note));
        }

        var policy = world.PolicyCountOf(complainant) > 0 && random.Chance(0.7)
            ? world.PolicyOf(complainant, random.Next(world.PolicyCountOf(complainant)))
            : (int?)null;

        return new ComplaintRow(
            world.Tenant.Id, id,
            string.Create(CultureInfo.InvariantCulture, $"{world.Tenant.NumberPrefix}C{SeedClock.LocalDate(received):yyyyMMdd}{k + 1:D7}"),
            channel, world.Id(SeedTable.Customer, complainant),
            policy is { } p ? world.Id(SeedTable.Policy, p) : null,
            linked?.Id, category, severity, urgent,
            random.Pick(Descriptions[category]), random.Chance(0.8) ? random.Pick(Expectations) : null,
            handler is { } h ? world.Id(SeedTable.Staff, h) : null,
            reviewer is { } r ? world.Id(SeedTable.Staff, r) : null,
            status, received, accepted, First(ComplaintStatus.Investigating), resolved, feedback,
            Last(ComplaintStatus.UnderReview), Last(ComplaintStatus.Archived),
            received.AddHours(24), received.AddHours(48),
            calendar.AddWorkingDays(new DateTimeOffset(received), 7).UtcDateTime,
            resolved is { } res ? calendar.AddWorkingDays(new DateTimeOffset(res), 2).UtcDateTime : null,
            accepted?.AddDays(extended ? 30 : 15),
            First(ComplaintStatus.FeedbackGiven),
            extended ? "Complex" : "None",
            extended ? "案情复杂，需调取多方材料" : null,
            null,
            null,
            urgent ? received.AddSeconds(random.Between(60, 540)) : null,
            urgent ? received.AddHours(24) : null,
            resolved is not null ? random.Pick(RootCauses) : null,
            resolved is not null ? remedy : null,
            resolved is not null && remedy == "Compensation" ? random.Between(2, 200) * 100m : null,
            resolved is not null ? measures : null,
            feedback is not null ? $"已于{SeedClock.LocalDate(feedback.Value):yyyy年M月d日}电话告知处理结果：{measures}。" : null,
            feedback is not null ? "如有异议可在30日内申请复核" : null,
            customerRequestedReview ? Last(ComplaintStatus.UnderReview) : null,
            reopened ? 1 : 0)
        {
            History = history,
            ComplainantIndex = complainant,
        };
    }

    // Archived complaints follow the call they arose from or fall anywhere in the period; open ones are recent,
    // so the demo shows live work (some of it overdue) as of the seed date.
    private static DateTime PlaceReceipt(ComplaintStatus status, InteractionRow? linked, long duration, ref SeedRandom random)
    {
        var asOf = SeedClock.Utc(SeedClock.AsOf, 0);
        if (status != ComplaintStatus.Archived)
        {
            return asOf.AddSeconds(-duration - random.Between(3600, 5 * 86400));
        }

        var received = linked?.EndedAt?.AddMinutes(random.Between(5, 90))
            ?? SeedClock.Utc(SeedClock.FirstDay.AddDays(random.Next(SeedClock.Days)), random.Between(8 * 3600, 20 * 3600));
        return received.AddSeconds(duration) > asOf ? asOf.AddSeconds(-duration - 86400) : received;
    }

    private static string ChannelName(ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.Phone => "电话",
        ComplaintChannel.Email => "电子邮件",
        ComplaintChannel.Online => "线上渠道",
        ComplaintChannel.InPerson => "柜面",
        ComplaintChannel.Letter => "信函",
        _ => "监管转办",
    };
}
