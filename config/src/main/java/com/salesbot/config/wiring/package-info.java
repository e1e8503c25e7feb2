/** Spring wiring: the only place where the core, the NLU and the adapters meet. */
package com.salesbot.config.wiring;
