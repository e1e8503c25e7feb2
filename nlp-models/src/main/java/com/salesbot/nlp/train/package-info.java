/** Training the models from the corpora, reproducibly. */
package com.salesbot.nlp.train;
