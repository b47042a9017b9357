@CharterStyle
package dev.charter.domain.constitution;

import dev.charter.domain.CharterStyle;
