/** Kudos: public recognition from one person to colleagues, with a reason, counted as a ranking metric. */
package com.salesbot.core.kudos;
