/** The conversation engine: a chat message in, speaker, intent and skill in the middle, replies out. */
package com.salesbot.core.engine;
