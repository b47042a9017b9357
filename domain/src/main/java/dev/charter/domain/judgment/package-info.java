@CharterStyle
package dev.charter.domain.judgment;

import dev.charter.domain.CharterStyle;
