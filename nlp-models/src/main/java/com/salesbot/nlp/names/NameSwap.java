package com.salesbot.nlp.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Copies a training sample with each customer, competitor and personal contact replaced by an invented
 * name of the same script, so the finder learns where names sit in a sentence instead of memorising the
 * few hundred names the corpora happen to use. Deterministic: the same sample and copy number give the
 * same names, so retraining reproduces the bundled model.
 */
final class NameSwap {
    private static final String[] EN_SYLLABLES = {
        "ac", "bel", "cor", "dan", "el", "fen", "gar", "hol", "is", "jun", "kel", "lum", "mar", "nov", "or", "pax",
        "quin", "ros", "sol", "tav", "ul", "ver", "wyn", "xel", "yor", "zan", "bri", "cla", "dra", "fro", "glo", "tri"
    };
    private static final String[] EN_SUFFIXES = {
        "Inc",
        "Corp",
        "Ltd",
        "LLC",
        "Group",
        "Co",
        "Labs",
        "Systems",
        "Foods",
        "Logistics",
        "Health",
        "Bank",
        "Hotel",
        "Motors",
        "Partners",
        "Solutions",
        "Industries",
        "GmbH",
        "Hospital",
        "School",
        "Clinic"
    };
    private static final String[] EN_TITLES = {"Dr.", "Mr.", "Ms.", "Mrs."};
    private static final String ZH_CHARS =
            "华腾阿百京美中国平安东方新天海金鼎盛恒泰瑞达宏远光明长江万科联信安康润德永利佳和兴隆汇通宇航星辰云蓝博雅鑫源" + "嘉禾凯旋正大同仁世纪龙凤祥瑞富春松鹤青山绿水";
    private static final String[] ZH_SUFFIXES = {
        "科技", "集团", "医院", "银行", "汽车", "电子", "股份", "有限公司", "科技有限公司", "医药", "物流", "电器", "酒店", "学校", "信息", "软件", "能源", "食品"
    };
    private static final String ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程";
    private static final String[] ZH_TITLES = {"总", "经理", "工", "主任", "姐", "哥", "处长", "院长", "老师", "总监"};

    private NameSwap() {}

    /** The {@code copy}-th variant of {@code sample}, or the sample itself when it names nobody. */
    static NameSample variant(NameSample sample, int copy) {
        Span[] names = sample.getNames();
        if (names.length == 0) {
            return sample;
        }
        String[] tokens = sample.getSentence();
        Random random = new Random(31L * String.join(" ", tokens).hashCode() + copy);
        Span[] sorted = names.clone();
        java.util.Arrays.sort(sorted);
        List<String> out = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int next = 0;
        for (Span name : sorted) {
            for (int i = next; i < name.getStart(); i++) {
                out.add(tokens[i]);
            }
            List<String> replacement = invent(tokens, name, random);
            spans.add(new Span(out.size(), out.size() + replacement.size(), name.getType()));
            out.addAll(replacement);
            next = name.getEnd();
        }
        for (int i = next; i < tokens.length; i++) {
            out.add(tokens[i]);
        }
        // Phones capitalise the first word ("Sold Acme 12k", "Flag Globex as lost"): a capital there is no
        // sign of a name, so half the copies start with one.
        boolean nameFirst = spans.stream().anyMatch(span -> span.getStart() == 0);
        if (!nameFirst && !out.isEmpty() && random.nextBoolean()) {
            String first = out.get(0);
            out.set(0, first.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + first.substring(1));
        }
        return new NameSample(out.toArray(String[]::new), spans.toArray(Span[]::new), true);
    }

    private static List<String> invent(String[] tokens, Span name, Random random) {
        List<String> original = List.of(tokens).subList(name.getStart(), name.getEnd());
        boolean han = original.stream()
                .anyMatch(t -> Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN);
        boolean contact = name.getType().equals("contact");
        if (contact && !han && !Character.isUpperCase(original.get(0).codePointAt(0))) {
            return original; // "the CTO", "their buyer": a role, not a name to vary
        }
        if (han) {
            return contact ? chars(zhContact(random)) : chars(zhCompany(random));
        }
        boolean lower = original.stream().noneMatch(t -> Character.isUpperCase(t.codePointAt(0)));
        List<String> words = contact ? enContact(random) : enCompany(random);
        return lower
                ? words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList()
                : words;
    }

    private static List<String> enCompany(Random random) {
        List<String> words = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            words.add(enWord(random));
        }
        if (random.nextInt(3) == 0) {
            words.add(EN_SUFFIXES[random.nextInt(EN_SUFFIXES.length)]);
        }
        return words;
    }

    private static List<String> enContact(Random random) {
        List<String> words = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            String title = EN_TITLES[random.nextInt(EN_TITLES.length)];
            words.add(title.substring(0, title.length() - 1));
            words.add(".");
        }
        words.add(enWord(random));
        return words;
    }

    private static String enWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(EN_SYLLABLES[random.nextInt(EN_SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String zhCompany(Random random) {
        StringBuilder name = new StringBuilder();
        int count = 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            name.append(ZH_CHARS.charAt(random.nextInt(ZH_CHARS.length())));
        }
        if (random.nextInt(2) == 0) {
            name.append(ZH_SUFFIXES[random.nextInt(ZH_SUFFIXES.length)]);
        }
        return name.toString();
    }

    private static String zhContact(Random random) {
        String surname = String.valueOf(ZH_SURNAMES.charAt(random.nextInt(ZH_SURNAMES.length())));
        return random.nextInt(5) == 0 ? "小" + surname : surname + ZH_TITLES[random.nextInt(ZH_TITLES.length)];
    }

    private static List<String> chars(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }
}
