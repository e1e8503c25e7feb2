/** A customer's history as the asker may see it: visits, contacts, sales, deals, next steps and owner. */
package com.salesbot.core.history;
