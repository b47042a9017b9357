@CharterStyle
package dev.charter.domain.weighing;

import dev.charter.domain.CharterStyle;
