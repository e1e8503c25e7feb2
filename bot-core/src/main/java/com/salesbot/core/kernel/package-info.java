/** Value types every feature shares: money, periods, ids, roles, languages and provenance. */
package com.salesbot.core.kernel;
