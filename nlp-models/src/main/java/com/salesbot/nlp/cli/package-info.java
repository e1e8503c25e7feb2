/** Command-line tools on the runnable jar: {@code parse} (and later {@code eval}) per the NLU contract. */
package com.salesbot.nlp.cli;
