/**
 * A stand-in for Discord on loopback, for end-to-end tests of the real JDA client: a gateway WebSocket
 * server and a REST server that records every call and answers with Discord-shaped JSON.
 */
package com.salesbot.adapter.discord.standin;
