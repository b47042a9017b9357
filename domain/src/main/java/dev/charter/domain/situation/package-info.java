@CharterStyle
package dev.charter.domain.situation;

import dev.charter.domain.CharterStyle;
