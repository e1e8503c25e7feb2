/**
 * The team knowledge base: entries managers add from chat or files, found by a search engine behind
 * {@link com.salesbot.core.knowledge.KnowledgeSearch}, and questions nobody answered yet, forwarded to
 * the manager and answered back.
 */
package com.salesbot.core.knowledge;
