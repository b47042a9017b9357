@CharterStyle
package dev.charter.domain.log;

import dev.charter.domain.CharterStyle;
