/** Targets per rep and period, and progress against them. */
package com.salesbot.core.target;
