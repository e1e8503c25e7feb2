/** Out of office: a rep's absence pauses their report prompts and follow-up nudges and keeps them off missing-report lists. */
package com.salesbot.core.away;
