/** The NLU port: intents, normalised entities and the parser interface the nlp-models module implements. */
package com.salesbot.core.nlu;
