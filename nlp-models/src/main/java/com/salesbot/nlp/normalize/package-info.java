/**
 * Deterministic entity extraction: small normalisers that turn amounts, currencies, dates, periods,
 * recurrences, mentions, stages, metrics and names in chat text into the NLU contract's values.
 */
package com.salesbot.nlp.normalize;
