/** Text handling shared by the classifiers: the mixed-script tokenizer. */
package com.salesbot.nlp.text;
