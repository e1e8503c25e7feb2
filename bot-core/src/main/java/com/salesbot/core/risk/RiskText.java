package com.salesbot.core.risk;

import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.ranking.MetricFormat;
import java.util.List;

/** One line per risk, in the reader's language. */
final class RiskText {
    private RiskText() {}

    static List<String> lines(List<Risk> risks, Messages messages, Lang lang, String currency, RiskSettings settings) {
        return risks.stream()
                .map(risk -> "• " + line(risk, messages, lang, currency, settings))
                .toList();
    }

    private static String line(Risk risk, Messages messages, Lang lang, String currency, RiskSettings settings) {
        if (risk instanceof Risk.BehindPace pace) {
            return messages.get(
                    lang,
                    "risk.pace",
                    pace.rep().displayName(),
                    MetricFormat.display(pace.metric(), pace.projected(), currency),
                    MetricFormat.display(pace.metric(), pace.target().amount(), currency),
                    messages.get(lang, "metric." + pace.metric().code()),
                    pace.percent(),
                    pace.target().period().start(),
                    pace.target().period().end());
        }
        if (risk instanceof Risk.QuietCustomer quiet) {
            return quiet.lastContact() == null
                    ? messages.get(lang, "risk.customer.never", quiet.customer())
                    : messages.get(lang, "risk.customer", quiet.customer(), quiet.days(), quiet.lastContact());
        }
        Risk.StalledDeal stalled = (Risk.StalledDeal) risk;
        return messages.get(
                lang,
                "risk.deal",
                stalled.deal().customer(),
                stalled.owner().displayName(),
                messages.get(lang, stalled.deal().stage().orElseThrow().messageKey()),
                stalled.days());
    }
}
