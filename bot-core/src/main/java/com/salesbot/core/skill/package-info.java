/** The skill contract: a skill declares a spec and turns a context into a reply; the catalogue finds it. */
package com.salesbot.core.skill;
