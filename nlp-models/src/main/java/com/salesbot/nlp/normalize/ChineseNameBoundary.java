package com.salesbot.nlp.normalize;

import java.util.List;

/**
 * Repairs where a Chinese company name was cut, using the words Chinese company names end with
 * (数据, 教育, 齿科, 有限公司…): "星河" in "星河数据确认了预算" grows to 星河数据, "蓝海齿科碰" in
 * "在蓝海齿科碰到…" shrinks to 蓝海齿科, and "蓝海齿科 阶" stops at the space.
 */
public final class ChineseNameBoundary {
    // Longest first, so 股份有限公司 wins over 有限公司 and 公司.
    private static final List<String> SUFFIXES = List.of(
            "股份有限公司", "科技有限公司", "有限责任公司", "有限公司", "研究院", "设计院", "事务所", "幼儿园", "新能源", "集团", "公司", "科技", "技术", "数据", "教育",
            "医疗", "医院", "齿科", "口腔", "药房", "药业", "银行", "保险", "证券", "汽车", "电子", "电器", "能源", "食品", "物流", "酒店", "印务", "传媒",
            "软件", "网络", "信息", "智能", "制造", "实业", "贸易", "置业", "地产", "餐饮", "超市", "商场", "学校", "大学", "中学", "小学", "律所", "机械",
            "材料", "化工", "纺织", "服饰", "家居", "建筑", "工程", "控股", "航空", "电网", "电力", "水务", "燃气", "钢铁", "矿业", "生物", "医药", "影业",
            "游戏", "文化");
    private static final int MAX_GROWTH = 4;
    // Words around a name that say where or which, not who: 福耀玻璃门口, 汇川技术这家公司, 搜一下东方印务.
    private static final List<String> TRAILING_PLACE =
            List.of("这家公司", "那家公司", "这家", "那家", "门口", "那边", "这边", "总部", "方面");
    private static final List<String> LEADING_ASK = List.of("搜一下", "查一下", "查查", "搜搜", "看看", "提到", "听说");

    private ChineseNameBoundary() {}

    /** {@code name} with its edges moved to where the company name in {@code text} most likely starts and ends. */
    public static String repair(String text, String name) {
        if (text == null || name == null || name.chars().noneMatch(c -> ChatText.isHan((char) c))) {
            return name;
        }
        String cut = withoutAsidesAround(name.strip());
        int space = firstSpaceAfterHan(cut);
        if (space >= 2) {
            cut = cut.substring(0, space);
        }
        int at = text.indexOf(cut);
        if (at >= 0 && !endsWithSuffix(cut)) {
            String grown = grow(text, at, cut);
            if (grown != null) {
                return grown;
            }
        }
        return shrink(cut);
    }

    private static String withoutAsidesAround(String name) {
        String cut = name;
        for (String word : TRAILING_PLACE) {
            if (cut.endsWith(word) && cut.length() >= word.length() + 2) {
                cut = cut.substring(0, cut.length() - word.length());
                break;
            }
        }
        for (String word : LEADING_ASK) {
            if (cut.startsWith(word) && cut.length() >= word.length() + 2) {
                cut = cut.substring(word.length());
                break;
            }
        }
        return cut;
    }

    private static String grow(String text, int at, String cut) {
        int end = at + cut.length();
        for (int extra = 1; extra <= MAX_GROWTH && end + extra <= text.length(); extra++) {
            if (!ChatText.isHan(text.charAt(end + extra - 1))) {
                return null;
            }
            String candidate = text.substring(at, end + extra);
            for (String suffix : SUFFIXES) {
                // the suffix must take in the new characters, not just sit inside the old cut
                if (candidate.endsWith(suffix) && suffix.length() >= extra) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String shrink(String cut) {
        for (int tail = 1; tail <= 2 && tail < cut.length() - 2; tail++) {
            String head = cut.substring(0, cut.length() - tail);
            if (endsWithSuffix(head) && !endsWithSuffix(cut)) {
                return head;
            }
        }
        return cut;
    }

    private static boolean endsWithSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    private static int firstSpaceAfterHan(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isWhitespace(name.charAt(i)) && ChatText.isHan(name.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }
}
