/** CSV export of a team's visits, sales and reports, delivered as files in chat. */
package com.salesbot.core.export;
