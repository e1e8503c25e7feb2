/** Customers as the team has written them: the names offered when a platform asks for suggestions. */
package com.salesbot.core.customer;
