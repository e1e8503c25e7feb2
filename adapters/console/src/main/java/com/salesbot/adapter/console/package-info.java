/** The console as a chat platform: the zero-config interactive chat and the scripted runner. */
package com.salesbot.adapter.console;
