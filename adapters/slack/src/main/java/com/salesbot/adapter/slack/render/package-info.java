/** Turns the core's replies into Slack Block Kit: text sections, aligned leaderboards, progress bars and buttons. */
package com.salesbot.adapter.slack.render;
