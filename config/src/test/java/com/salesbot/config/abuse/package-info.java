/** Hostile input through the whole application: each refused or answered plainly, nothing written that should not be. */
package com.salesbot.config.abuse;
