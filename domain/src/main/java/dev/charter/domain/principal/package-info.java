@CharterStyle
package dev.charter.domain.principal;

import dev.charter.domain.CharterStyle;
