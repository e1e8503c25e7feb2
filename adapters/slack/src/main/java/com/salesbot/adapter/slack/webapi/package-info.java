/** Calls to Slack's Web API that survive rate limits and outages: retries, clear logs, profiles and outbound posts. */
package com.salesbot.adapter.slack.webapi;
