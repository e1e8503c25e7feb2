/** Team membership changes made from chat. */
package com.salesbot.core.member;
