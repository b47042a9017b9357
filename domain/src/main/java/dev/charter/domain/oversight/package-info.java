@CharterStyle
package dev.charter.domain.oversight;

import dev.charter.domain.CharterStyle;
