/** Intent classification with an OpenNLP document categoriser over mixed-script tokens. */
package com.salesbot.nlp.intent;
