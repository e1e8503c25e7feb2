/** Reply texts in both languages; every key exists in English and Chinese. */
package com.salesbot.core.i18n;
