/** Team meetings: the agenda a recurring meeting reminder carries, built from last week's numbers and deal moves. */
package com.salesbot.core.meeting;
