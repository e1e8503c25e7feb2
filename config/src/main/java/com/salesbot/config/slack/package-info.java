/** Slack wiring: with SLACK_BOT_TOKEN set the jar serves Slack (Socket Mode or HTTP) instead of the console. */
package com.salesbot.config.slack;
