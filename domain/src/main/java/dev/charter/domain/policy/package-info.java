@CharterStyle
package dev.charter.domain.policy;

import dev.charter.domain.CharterStyle;
