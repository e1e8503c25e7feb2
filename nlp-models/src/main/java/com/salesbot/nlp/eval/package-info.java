/** Scoring a parser on an evaluation set by the contract's rules. */
package com.salesbot.nlp.eval;
