/** Per-person rate limiting: a token bucket per sender, so one runaway client cannot starve the team. */
package com.salesbot.core.ratelimit;
