/** The deal pipeline: one deal per rep and customer, moved through stages with the time in each kept. */
package com.salesbot.core.deal;
