@CharterStyle
package dev.charter.domain.problem;

import dev.charter.domain.CharterStyle;
