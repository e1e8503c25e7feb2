/** Commission plans per team (base rate, tiers by share of target, milestone bonuses) and exact commission math. */
package com.salesbot.core.commission;
