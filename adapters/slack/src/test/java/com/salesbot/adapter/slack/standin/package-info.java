/** Loopback stand-ins for Slack in tests: its Web API, its WebSocket for Socket Mode, and its request signing. */
package com.salesbot.adapter.slack.standin;
