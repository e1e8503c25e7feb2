/** What travels between chat platforms and the core: messages, replies and their structured blocks. */
package com.salesbot.core.conversation;
