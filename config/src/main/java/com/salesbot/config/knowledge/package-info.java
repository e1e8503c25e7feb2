/** Wires the knowledge base: the Lucene index, the knowledge folder, the store, and their start-up sync. */
package com.salesbot.config.knowledge;
