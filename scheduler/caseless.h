/* SPDX-License-Identifier: MPL-2.0 */
/* Comparison keys that ignore case, for IDs, codes and partner names. */
#pragma once

#include <glib.h>

/**
 * yp_caseless_key:
 * @text: UTF-8 text.
 * @len: its length in bytes, or -1 when NUL-terminated.
 * @mode: G_NORMALIZE_NFD for a canonical caseless match (activity IDs),
 *   G_NORMALIZE_NFKD for a compatibility one (codes and names, where a
 *   full-width letter is the letter).
 *
 * The key of Unicode caseless matching (The Unicode Standard, sec. 3.13):
 * decompose, case fold, compose. Default case folding keeps Azerbaijani
 * and Turkish i's apart ("İ" folds to "i" and a combining dot, "ı" stays
 * itself), so "ŞİRKƏTİ" would not match "şirkəti"; the key treats the
 * dotted and the dotless i as one letter, as those languages' own case
 * pairs İ/i and I/ı require.
 *
 * Returns: (transfer full) (nullable): the key, or NULL when @text is not
 * valid UTF-8.
 */
char *yp_caseless_key(const char *text, gssize len, GNormalizeMode mode);
