package com.salesbot.adapter.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.knowledge.KnowledgeEntry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not part of {@code mvn verify} (surefire runs only {@code *Test} classes): search latency
 * over 10,000 entries, half English and half Chinese, in ten teams plus shared files. Run with
 *
 * <pre>mvn -B -o -pl adapters/knowledge -am test -Dtest=KnowledgeSearchBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * and see docs/benchmarks.md for figures. It prints wall-clock and per-thread CPU-time percentiles and
 * asserts the 20 ms bar on the CPU time's 95th percentile.
 */
class KnowledgeSearchBench {
    private static final int ENTRIES = 10_000;
    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 5_000;
    private static final List<String> EN_WORDS = Arrays.asList(
            ("price discount warranty delivery shipping trial refund return payment terms invoice contract renewal "
                            + "cancel support ticket response install installation training onboarding demo unit sample "
                            + "competitor quote objection expensive budget approval manager director finance procurement "
                            + "hospital clinic school factory retail bundle volume order minimum stock lead time spare parts "
                            + "battery screen sensor printer router tablet camera licence cloud security encryption compliance "
                            + "certificate region data backup upgrade migration integration api mobile app report dashboard "
                            + "referral credit partner reseller distributor region north south east west quarter annual monthly")
                    .split(" "));
    private static final List<String> ZH_WORDS =
            Arrays.asList(("价格 折扣 保修 交货 发货 试用 退款 退货 付款 账期 发票 合同 续约 解约 售后 工单 响应 安装 培训 上手 "
                            + "演示 样机 样品 竞品 报价 异议 太贵 预算 审批 经理 总监 财务 采购 医院 诊所 学校 工厂 零售 套餐 "
                            + "批量 订单 起订量 库存 货期 备件 电池 屏幕 传感器 打印机 路由器 平板 相机 授权 云服务 安全 加密 "
                            + "合规 证书 地区 数据 备份 升级 迁移 集成 接口 手机 报表 看板 推荐 抵扣 伙伴 经销商 代理 季度 年度 月度")
                    .split(" "));

    @Test
    void searchOverTenThousandEntriesStaysUnderTwentyMillisecondsAtTheNinetyFifthPercentile() throws Exception {
        Random random = new Random(42);
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            Lang lang = i % 2 == 0 ? Lang.EN : Lang.ZH;
            String team = i % 11 == 0 ? KnowledgeEntry.SHARED : "team" + (i % 10);
            String product = "X" + random.nextInt(500);
            entries.add(new KnowledgeEntry(
                    String.format(Locale.ROOT, "K%06d", i),
                    team,
                    product + " " + words(random, lang, 4),
                    words(random, lang, 60),
                    List.of(),
                    lang,
                    "bench",
                    "chat"));
        }
        try (LuceneKnowledgeSearch search = new LuceneKnowledgeSearch()) {
            long built = System.nanoTime();
            search.rebuild(entries);
            double rebuildMs = (System.nanoTime() - built) / 1e6;

            List<String> questions = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                Lang lang = i % 2 == 0 ? Lang.EN : Lang.ZH;
                String product = "X" + random.nextInt(500);
                questions.add(
                        lang == Lang.EN
                                ? "how do I handle " + words(random, lang, 3) + " for the " + product + "?"
                                : product + " 的" + words(random, lang, 3).replace(" ", "") + "怎么办");
            }
            for (int i = 0; i < WARM_UP; i++) {
                search.search("team" + (i % 10), questions.get(i % questions.size()), 3);
            }
            // Wall time includes waiting for a CPU, which on a shared machine says more about the
            // neighbours than about the search; the thread's CPU time is the search's own cost.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] wall = new long[MEASURED];
            long[] cpu = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                search.search("team" + (i % 10), questions.get(i % questions.size()), 3);
                wall[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            }
            report("wall", wall, rebuildMs);
            double cpuP95 = report("cpu", cpu, rebuildMs);
            System.out.printf(
                    Locale.ROOT,
                    "load average during the run: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            assertThat(cpuP95).isLessThan(20.0);
        }
    }

    /** Prints p50/p95/p99/max of the sample and returns its p95 in milliseconds. */
    private static double report(String clock, long[] nanos, double rebuildMs) {
        Arrays.sort(nanos);
        double p95 = nanos[(int) (nanos.length * 0.95)] / 1e6;
        System.out.printf(
                Locale.ROOT,
                "knowledge search bench (%s time): %d entries (rebuild %.0f ms), %d searches after %d warm-up: "
                        + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                clock,
                ENTRIES,
                rebuildMs,
                nanos.length,
                WARM_UP,
                nanos[nanos.length / 2] / 1e6,
                p95,
                nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
        return p95;
    }

    private static String words(Random random, Lang lang, int count) {
        List<String> vocabulary = lang == Lang.EN ? EN_WORDS : ZH_WORDS;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(" ");
            }
            text.append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return text.toString();
    }
}
