package com.salesbot.config.wiring;

import com.salesbot.core.risk.RiskSettings;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.crm}: risk thresholds, key customers and the weekly digest; absent values take the
 * defaults of {@link RiskSettings#defaults()}.
 */
@ConfigurationProperties(prefix = "salesbot.crm")
public record CrmProperties(Risk risk) {
    public CrmProperties {
        risk = risk == null ? new Risk(null, null, null, null, null, null, null) : risk;
    }

    /**
     * @param keyCustomers customer names per team id
     * @param noContactDays days without a visit or sale after which a key customer is at risk
     * @param stalledDays days in one stage after which an open deal has stalled
     * @param paceFloor share of a target below which a rep's projection is a risk, e.g. 0.8
     * @param digest false: no weekly digest
     * @param digestDay e.g. MONDAY
     * @param digestAt local time, e.g. 09:00
     */
    public record Risk(
            Map<String, List<String>> keyCustomers,
            Integer noContactDays,
            Integer stalledDays,
            Double paceFloor,
            Boolean digest,
            String digestDay,
            String digestAt) {

        /** The core's settings, defaults filled in. */
        public RiskSettings settings() {
            RiskSettings d = RiskSettings.defaults();
            return new RiskSettings(
                    keyCustomers == null ? Map.of() : keyCustomers,
                    noContactDays == null ? d.noContactDays() : noContactDays,
                    stalledDays == null ? d.stalledDays() : stalledDays,
                    paceFloor == null ? d.paceFloor() : paceFloor,
                    digest == null ? d.digest() : digest,
                    digestDay == null || digestDay.isBlank()
                            ? d.digestDay()
                            : DayOfWeek.valueOf(digestDay.strip().toUpperCase(Locale.ROOT)),
                    digestAt == null || digestAt.isBlank() ? d.digestAt() : LocalTime.parse(digestAt.strip()));
        }
    }
}
