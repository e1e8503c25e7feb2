/** Routing of questions the NLU contract has no intent for, from their words, on top of the model's reading. */
package com.salesbot.core.routing;
