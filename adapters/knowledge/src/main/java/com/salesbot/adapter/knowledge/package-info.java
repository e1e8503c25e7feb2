/**
 * The knowledge base's search engine, Apache Lucene (English analyzer for English entries,
 * SmartChineseAnalyzer for Chinese ones), and the folder of Markdown and CSV files it loads.
 */
package com.salesbot.adapter.knowledge;
