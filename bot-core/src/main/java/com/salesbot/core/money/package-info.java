/** Reading money from messages: team currency by default, conversion at configured rates. */
package com.salesbot.core.money;
