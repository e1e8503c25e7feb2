/** OpenNLP name finding for free names: customers, contacts and competitors. */
package com.salesbot.nlp.names;
