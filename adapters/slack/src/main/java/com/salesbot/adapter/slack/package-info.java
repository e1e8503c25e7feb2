/** Slack for Salesbot: one Bolt app serving events, slash commands, buttons and the visit modal over HTTP or Socket Mode. */
package com.salesbot.adapter.slack;
