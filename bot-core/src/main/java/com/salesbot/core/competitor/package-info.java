/** Competitor intelligence: notes reps log, and a summary by competitor and customer for a period. */
package com.salesbot.core.competitor;
