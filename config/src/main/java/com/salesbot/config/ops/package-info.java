/** Operations: metrics through Micrometer, health for liveness and readiness, and the rate limit's settings. */
package com.salesbot.config.ops;
