/** Command-line tools for the stats aggregates: rebuilding them from raw records, and the 1M-record benchmark. */
package com.salesbot.config.stats;
