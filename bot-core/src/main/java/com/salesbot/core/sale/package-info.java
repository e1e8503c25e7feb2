/** Closed sales: logging them in the team's currency and summing them. */
package com.salesbot.core.sale;
