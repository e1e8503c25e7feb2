/** Risk alerts: reps behind pace, quiet key customers, stalled deals; on demand and in a weekly digest. */
package com.salesbot.core.risk;
