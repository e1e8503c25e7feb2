/** Statistics: per-rep totals kept as aggregates, and the manager's conversational stats questions. */
package com.salesbot.core.stats;
