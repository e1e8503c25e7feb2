/** Leaderboards: what each rep achieved for a metric over a period, ranked. */
package com.salesbot.core.ranking;
