/** People, teams, roles and platform identities, and how a message's sender becomes a person. */
package com.salesbot.core.people;
